import { deskMoney } from '../../domain';
import type { DeskStore } from '../../state';
import { deskText } from './messages-desk';

/** The figures a coordination project reports: associations, papers, costs and aid, by region. */
export function DeskTotalsPanel({ desk }: { desk: DeskStore }) {
  const totals = desk.totals.value;
  const filtered = desk.visible.value.length !== desk.rows.value.length;
  const lines = [...totals.byRegion.filter((r) => r.papers > 0)];
  return (
    <section class="panel desk-totals" aria-labelledby="desk-totals-h">
      <h2 id="desk-totals-h">{filtered ? deskText.totalsFiltered : deskText.totalsHeading}</h2>
      <dl class="totals-overall">
        <div>
          <dt>{deskText.associations}</dt>
          <dd data-total="associations">{totals.overall.associations}</dd>
        </div>
        <div>
          <dt>{deskText.paperCount}</dt>
          <dd data-total="papers">{totals.overall.papers}</dd>
        </div>
        <div>
          <dt>{deskText.totalCost}</dt>
          <dd data-total="total">{deskMoney(totals.overall.totalCents)}</dd>
        </div>
        <div>
          <dt>{deskText.aidSought}</dt>
          <dd data-total="aid">{deskMoney(totals.overall.aidCents)}</dd>
        </div>
      </dl>
      <div class="table-wrap" role="region" aria-labelledby="desk-regions-caption" tabIndex={0}>
        <table class="totals-table">
          <caption id="desk-regions-caption">{deskText.byRegion}</caption>
          <thead>
            <tr>
              <th scope="col">{deskText.regionColumn}</th>
              <th scope="col">{deskText.associations}</th>
              <th scope="col">{deskText.paperCount}</th>
              <th scope="col">{deskText.totalCost}</th>
              <th scope="col">{deskText.aidSought}</th>
            </tr>
          </thead>
          <tbody>
            {[
              ...lines,
              ...(totals.withoutRegion.papers > 0 ? [{ ...totals.withoutRegion, regionId: '', label: deskText.noRegion }] : []),
            ].map((r) => (
              <tr data-region={r.regionId}>
                <th scope="row">{r.label}</th>
                <td class="num">{r.associations}</td>
                <td class="num">{r.papers}</td>
                <td class="num">{deskMoney(r.totalCents)}</td>
                <td class="num">{deskMoney(r.aidCents)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {totals.notes.map((n) => (
        <p class="help">{n}</p>
      ))}
    </section>
  );
}
