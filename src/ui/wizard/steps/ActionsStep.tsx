import { FIELDS } from '../../../domain';
import { DraftListEditor } from '../../components/DraftListEditor';
import { ActionGoals, useGoalChoices } from '../../components/goal-pickers';
import { ItemArea, ItemText } from '../../components/item-fields';

export function ActionsStep() {
  // Goal labels only: the step does not re-render while an action's text is typed.
  const goals = useGoalChoices();
  return (
    <>
      <p class="help">{FIELDS.actions.help}</p>
      <DraftListEditor list="actions" commentSection="toimenpiteet" itemDeps={goals}>
        {(action) => (
          <>
            <ItemText list="actions" item={action} prop="title" />
            <ItemArea list="actions" item={action} prop="description" />
            <ActionGoals actionId={action.id} value={action.goalIds} goals={goals} />
            <div class="row">
              <ItemText list="actions" item={action} prop="timing" />
              <ItemText list="actions" item={action} prop="responsible" />
            </div>
          </>
        )}
      </DraftListEditor>
    </>
  );
}
