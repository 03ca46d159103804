import { FIELDS, goalChoices } from '../../../domain';
import { useApp } from '../../../state';
import { BoundArea } from '../../components/bound';
import { ItemSelect, ItemText } from '../../components/item-fields';
import { ListEditor } from '../../components/ListEditor';
import { t } from '../../messages-wizard';
import { confirmIfFilled } from './confirm-remove';

export function ResultsStep() {
  const app = useApp();
  const d = app.draft.value!;
  const goals = goalChoices(d);
  const name = (n: string, i: number) => n.trim() || `${t.items.indicators.one} ${i + 1}`;
  return (
    <>
      <BoundArea path="results.expected" rows={5} />
      <h2 class="section-title">{FIELDS.indicators.label}</h2>
      <p class="help">{FIELDS.indicators.help}</p>
      <ListEditor
        commentSection="tulokset"
        label={FIELDS.indicators.label}
        itemName={t.items.indicators.one}
        addName={t.items.indicators.add}
        items={d.indicators}
        onAdd={() => app.actions.addItem('indicators', { goalId: '', name: '', unit: '', baseline: '', target: '', source: '' })}
        onMove={(id, delta) => app.actions.moveItem('indicators', id, delta)}
        onRemove={(id) => app.actions.removeItem('indicators', id)}
        describe={(x, i) => name(x.name, i)}
        confirmRemove={(x) => confirmIfFilled({ ...x, goalId: '' }, name(x.name, d.indicators.indexOf(x)))}
      >
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
      </ListEditor>
    </>
  );
}
