/** The kiosk's one QueryClient: the shared screen defaults (@hallq/client/react). */
import { QueryClient } from '@tanstack/react-query';
import { MUTATION_DEFAULTS, QUERY_DEFAULTS } from '@hallq/client/react';

export const createQueryClient = () =>
  new QueryClient({ defaultOptions: { queries: QUERY_DEFAULTS, mutations: MUTATION_DEFAULTS } });
