/**
 * @hallq/client — how screens talk to the server: a typed REST client with
 * coded errors, and HallFeed, the socket.io stream with seq-based resync.
 * React hooks live in `@hallq/client/react`.
 */
export { createApi, newIdempotencyKey, type ApiOptions, type HallqApi } from './api';
export { ApiError, NetworkError, apiErrorFrom, messageOf, isCode } from './api-error';
export { HallFeed, type FeedState, type FeedStatus, type HallFeedOptions } from './hall-feed';
