/**
 * Q28 The life of a proxy ticket (代办件). It lands `submitted` in the
 * handling unit's 代办 list, never in a queue: no call, no hall screen, no
 * call-next. A clerk of the handling site accepts it (`accept`), asks for
 * missing materials with their list and a note (`askMaterials`: the agent
 * sees the list), or, once accepted, finishes it (`finish`). The agent
 * brings the missing materials (`resubmit`), which is one more trip: `trips`
 * counts the agent's trips for the villager (跑一次: 1 is the promise kept).
 */
import { refuseProxy, type ProxyCheck } from './errors';

export type ProxyStatus = 'submitted' | 'accepted' | 'materialsMissing' | 'done';
export type ProxyStepKind = 'accept' | 'askMaterials' | 'resubmit' | 'finish';

export interface ProxyState {
  status: ProxyStatus;
  trips: number;
  /** Materials received so far, by name. */
  materials: readonly string[];
}

export interface ProxyStep {
  kind: ProxyStepKind;
  note: string;
  /** askMaterials: what is missing; resubmit: what the agent brought. */
  materials?: readonly string[];
}

export interface ProxyStepResult {
  status: ProxyStatus;
  trips: number;
  materials: string[];
  /** What the clerk asked for (askMaterials), else empty. */
  missing: string[];
  note: string;
}

const FROM: Record<ProxyStepKind, readonly ProxyStatus[]> = {
  accept: ['submitted'],
  askMaterials: ['submitted', 'accepted'],
  resubmit: ['materialsMissing'],
  finish: ['accepted'],
};

const TO: Record<ProxyStepKind, ProxyStatus> = {
  accept: 'accepted',
  askMaterials: 'materialsMissing',
  resubmit: 'submitted',
  finish: 'done',
};

/** Who takes each step: the clerk of the handling site, or the agent. */
export const PROXY_STEP_BY: Record<ProxyStepKind, 'clerk' | 'agent'> = {
  accept: 'clerk',
  askMaterials: 'clerk',
  resubmit: 'agent',
  finish: 'clerk',
};

export function decideProxyStep(state: ProxyState, step: ProxyStep): ProxyCheck<ProxyStepResult> {
  if (!FROM[step.kind].includes(state.status))
    return refuseProxy('HALLQ_E_PROXY_STEP_NOT_ALLOWED', { status: state.status });
  const note = step.note.trim();
  const listed = [...new Set((step.materials ?? []).map((m) => m.trim()).filter(Boolean))];
  if (step.kind === 'askMaterials') {
    if (listed.length === 0) return refuseProxy('HALLQ_E_PROXY_MATERIALS_REQUIRED');
    if (!note) return refuseProxy('HALLQ_E_NOTE_REQUIRED');
  }
  const materials =
    step.kind === 'resubmit' ? [...new Set([...state.materials, ...listed])] : [...state.materials];
  return {
    ok: true,
    value: {
      status: TO[step.kind],
      trips: state.trips + (step.kind === 'resubmit' ? 1 : 0),
      materials,
      missing: step.kind === 'askMaterials' ? listed : [],
      note,
    },
  };
}
