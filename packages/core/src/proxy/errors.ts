/** The refusals of the 代办 rules (Q27–Q30); the protocol maps each to a status and messages. */
export type ProxyErrorCode =
  | 'HALLQ_E_ITEM_NOT_FOUND'
  | 'HALLQ_E_SITE_NOT_FOUND'
  | 'HALLQ_E_ITEM_DISABLED'
  | 'HALLQ_E_ITEM_NOT_AT_SITE'
  | 'HALLQ_E_NOTE_REQUIRED'
  | 'HALLQ_E_PROXY_NOT_VILLAGE'
  | 'HALLQ_E_PROXY_ITEM_NOT_TAKEN'
  | 'HALLQ_E_PROXY_SITE_NOT_ABOVE'
  | 'HALLQ_E_PROXY_MATERIAL_UNKNOWN'
  | 'HALLQ_E_PROXY_MATERIALS_REQUIRED'
  | 'HALLQ_E_PROXY_STEP_NOT_ALLOWED';

export type ProxyCheck<T> =
  { ok: true; value: T } | { ok: false; code: ProxyErrorCode; details?: Record<string, unknown> };

export const refuseProxy = (
  code: ProxyErrorCode,
  details?: Record<string, unknown>,
): { ok: false; code: ProxyErrorCode; details?: Record<string, unknown> } =>
  details ? { ok: false, code, details } : { ok: false, code };
