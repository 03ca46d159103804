import { FIELDS, goalChoices, PARTICIPANT_DATA_ENTRY } from '../../../domain';
import { useApp } from '../../../state';
import { BoundArea, BoundRadios } from '../../components/bound';
import { DraftListEditor } from '../../components/DraftListEditor';
import { ItemSelect, ItemText } from '../../components/item-fields';

export function ResultsStep() {
  const app = useApp();
  const goals = goalChoices(app.editor.draft.value!);
  return (
    <>
      <BoundArea path="results.expected" rows={5} />
      <BoundArea path="results.continuity" rows={4} />
      <h2 class="section-title">{FIELDS.indicators.label}</h2>
      <p class="help">{FIELDS.indicators.help}</p>
      <DraftListEditor list="indicators" commentSection="tulokset">
        {(x) => (
          <>
            <ItemSelect list="indicators" item={x} prop="goalId" options={goals} />
            <ItemText list="indicators" item={x} prop="name" />
            <div class="row">
              <ItemText list="indicators" item={x} prop="unit" />
              <ItemText list="indicators" item={x} prop="baseline" />
              <ItemText list="indicators" item={x} prop="target" />
            </div>
            <ItemText list="indicators" item={x} prop="source" />
          </>
        )}
      </DraftListEditor>
      <BoundRadios path="results.participantData" options={PARTICIPANT_DATA_ENTRY} />
    </>
  );
}
