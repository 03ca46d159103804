/** A new, empty draft: every part's own empty value (parts/<id>.ts). */
import { createEmptyCoordination } from './defaults';
import { SCHEMA_VERSION } from './limits';
import { PARTS } from './parts';
import type { Draft } from './schema';

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;
type PartContents = UnionToIntersection<(typeof PARTS)[number]['empty']>;

/** A new, empty draft. Clock and id come from the caller so the domain stays pure. */
export function createEmptyDraft({ id, now }: { id: string; now: string }): Draft {
  // The parts' empty values are constants: a copy keeps new drafts from sharing objects (the
  // memos compare a draft's parts by identity).
  const contents = JSON.parse(JSON.stringify(Object.assign({}, ...PARTS.map((p) => p.empty)))) as PartContents;
  return { schemaVersion: SCHEMA_VERSION, id, createdAt: now, updatedAt: now, ...contents, ...createEmptyCoordination() };
}
