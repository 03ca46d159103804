import { EMPHASES, FIELDS, LINE_OBJECTIVES, tickField, type Option } from '../../../domain';
import { useApp } from '../../../state';
import { fieldDomId, TextArea } from '../../components/fields';

/** The emphases and line objectives the goals serve, each ticked with a short "how". */
export function EmphasesPart() {
  return (
    <>
      <TickGroup kind="emphases" options={EMPHASES} />
      <TickGroup kind="objectives" options={LINE_OBJECTIVES} />
    </>
  );
}

function TickGroup({ kind, options }: { kind: 'emphases' | 'objectives'; options: readonly Option[] }) {
  const app = useApp();
  const ticks = app.editor.draft.value!.fit[kind];
  const text = FIELDS[`fit.${kind}`];
  return (
    <fieldset class="field" id={fieldDomId(`fit.${kind}`)} tabIndex={-1}>
      <legend>{text.label}</legend>
      <p class="help">{text.help}</p>
      <div class="checks">
        {options.map((o) => {
          const tick = ticks[o.id] ?? { selected: false, how: '' };
          const id = fieldDomId(`fit.${kind}.${o.id}.selected`);
          return (
            <div class="tick">
              <div class="check">
                <input
                  type="checkbox"
                  id={id}
                  checked={tick.selected}
                  onChange={(e) => app.editor.setField(tickField(kind, o.id), { ...tick, selected: e.currentTarget.checked })}
                />
                <label for={id}>{o.label}</label>
              </div>
              {/* Unticking hides the text but keeps it in the draft, so nothing typed is lost. */}
              {tick.selected && (
                <div class="tick-how">
                  <TextArea
                    id={fieldDomId(`fit.${kind}.${o.id}.how`)}
                    text={{ ...FIELDS['fit.how'], label: `${FIELDS['fit.how'].label} (${o.label})` }}
                    value={tick.how}
                    rows={2}
                    onValue={(how) => app.editor.setField(tickField(kind, o.id), { ...tick, how })}
                  />
                </div>
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
