import {
  DEFAULT_FIT_CONFIG,
  EMPHASES,
  EMPHASIS_TEXTS,
  FIELDS,
  LINE_OBJECTIVES,
  OBJECTIVE_TEXTS,
  suggestEmphases,
  type ChoiceText,
  type EmphasisId,
  type Fit,
  type Option,
  type TickId,
  type TickKind,
} from '../../../domain';
import { useComputed } from '@preact/signals';
import { useMemo } from 'preact/hooks';
import { useEdits, useOpenDraft } from '../../../state';
import { useDraftMemo } from '../../components/use-draft';
import { fieldDomId, TextArea } from '../../components/fields';
import { t } from '../../messages-wizard';

/** The emphases and line objectives the goals serve: each in plain words with an example. */
export function EmphasesPart() {
  const edits = useEdits();
  // Suggestions come from the association's own words (the fit check's keyword hints). As a key
  // string, so the choices below re-render only when the suggestions change, not per keystroke.
  const key = useDraftMemo(
    (d) =>
      suggestEmphases(d, DEFAULT_FIT_CONFIG)
        .map((s) => `${s.id}=${s.word}`)
        .join('|'),
    '',
    [],
  );
  const suggested = useMemo(() => suggestionsOf(key), [key]);
  const noneChosen = useDraftMemo((d) => !EMPHASES.some((e) => d.fit.emphases[e.id]?.selected), true, []);
  return (
    <>
      {noneChosen && suggested.size > 0 && (
        <div class="notice info" role="status">
          <p>{t.fit.suggestionsIntro(suggested.size)}</p>
          <button
            type="button"
            class="button"
            onClick={() => {
              for (const id of suggested.keys()) edits.setTick('emphases', id, { selected: true });
            }}
          >
            {t.fit.takeSuggestions(suggested.size)}
          </button>
        </div>
      )}
      <TickGroup kind="emphases" options={EMPHASES} texts={EMPHASIS_TEXTS} suggested={suggested} />
      <TickGroup kind="objectives" options={LINE_OBJECTIVES} texts={OBJECTIVE_TEXTS} suggested={new Map()} />
    </>
  );
}

/** The suggestions back from their key string: each emphasis id with the word that suggested it. */
function suggestionsOf(key: string): ReadonlyMap<EmphasisId, string> {
  const out = new Map<EmphasisId, string>();
  for (const pair of key ? key.split('|') : []) {
    const [id, word = ''] = pair.split('=');
    const emphasis = EMPHASES.find((e) => e.id === id);
    if (emphasis) out.set(emphasis.id, word);
  }
  return out;
}

type Tick = Fit['emphases'][string];

function TickGroup<K extends TickKind>(props: {
  kind: K;
  options: readonly Option<TickId<K>>[];
  texts: Readonly<Record<string, ChoiceText>>;
  suggested: ReadonlyMap<string, string>;
}) {
  const { kind, options, texts, suggested } = props;
  const open = useOpenDraft();
  const edits = useEdits();
  const ticks: Readonly<Record<string, Tick>> = useComputed(() => open.current.value?.fit[kind] ?? {}).value;
  const text = FIELDS[`fit.${kind}`];
  return (
    <fieldset class="field" id={fieldDomId(`fit.${kind}`)} tabIndex={-1}>
      <legend>{text.label}</legend>
      <p class="help">{text.help}</p>
      <div class="checks">
        {options.map((o) => {
          const tick = ticks[o.id] ?? { selected: false, how: '' };
          const id = fieldDomId(`fit.${kind}.${o.id}.selected`);
          const plain = texts[o.id];
          const word = suggested.get(o.id);
          return (
            <div class="tick">
              <div class="check">
                <input
                  type="checkbox"
                  id={id}
                  checked={tick.selected}
                  aria-describedby={plain ? `${id}-plain` : undefined}
                  onChange={(e) => edits.setTick(kind, o.id, { selected: e.currentTarget.checked })}
                />
                <label for={id}>
                  {o.label}
                  {word && !tick.selected && <span class="suggested"> · {t.fit.suggested(word)}</span>}
                </label>
              </div>
              {plain && (
                <p class="help tick-plain" id={`${id}-plain`}>
                  {plain.plain}{' '}
                  <span class="example">
                    {t.field.example}: {plain.example}
                  </span>
                </p>
              )}
              {/* Unticking hides the text but keeps it in the draft, so nothing typed is lost. */}
              {tick.selected && (
                <div class="tick-how">
                  <TextArea
                    id={fieldDomId(`fit.${kind}.${o.id}.how`)}
                    text={{ ...FIELDS['fit.how'], label: `${FIELDS['fit.how'].label} (${o.label})` }}
                    value={tick.how}
                    rows={2}
                    onValue={(how) => edits.setTick(kind, o.id, { how })}
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
