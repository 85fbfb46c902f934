/** 全程代办: a village agent's proxy tickets (Q27–Q30 of ../../SPEC.md). */
export type { ProxyErrorCode, ProxyCheck } from './errors';
export { checkProxyRegistration, guideMaterials, type ProxyRegistration } from './register';
export {
  decideProxyStep,
  PROXY_STEP_BY,
  type ProxyState,
  type ProxyStatus,
  type ProxyStep,
  type ProxyStepKind,
  type ProxyStepResult,
} from './steps';
export { proxyPromise, isProxyOverdue, type ProxyPromise } from './promise';
export { maskName, maskPhone, maskApplicant } from './privacy';
