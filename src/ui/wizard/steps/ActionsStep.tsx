import { FIELDS, goalChoices, issuesFor, itemField } from '../../../domain';
import { useApp } from '../../../state';
import { DraftListEditor } from '../../components/DraftListEditor';
import { CheckboxGroup, fieldDomId } from '../../components/fields';
import { ItemArea, ItemText } from '../../components/item-fields';

export function ActionsStep() {
  const app = useApp();
  const goals = goalChoices(app.editor.draft.value!);
  return (
    <>
      <p class="help">{FIELDS.actions.help}</p>
      <DraftListEditor list="actions" commentSection="toimenpiteet">
        {(action) => {
          const path = itemField('actions', action.id, 'goalIds');
          return (
            <>
              <ItemText list="actions" item={action} prop="title" />
              <ItemArea list="actions" item={action} prop="description" />
              <CheckboxGroup
                id={fieldDomId(path)}
                text={FIELDS['actions.goalIds']}
                value={action.goalIds}
                options={goals}
                issues={issuesFor(app.paper.issues.value, path)}
                onValue={(goalIds) => app.editor.updateItem('actions', action.id, { goalIds: [...goalIds] })}
              />
              <div class="row">
                <ItemText list="actions" item={action} prop="timing" />
                <ItemText list="actions" item={action} prop="responsible" />
              </div>
            </>
          );
        }}
      </DraftListEditor>
    </>
  );
}
