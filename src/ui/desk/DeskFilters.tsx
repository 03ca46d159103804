import { DESK_NO_REGION, REGIONS, type DeskReadinessFilter } from '../../domain';
import type { DeskStore } from '../../state';
import { deskText } from './messages-desk';

/** Region, readiness and a name search; the count of papers shown is announced. */
export function DeskFilters({ desk }: { desk: DeskStore }) {
  const filter = desk.filter.value;
  const set = (patch: Partial<typeof filter>) => desk.setFilter({ ...filter, ...patch });
  return (
    <section class="panel desk-filters" aria-labelledby="desk-filters-h">
      <h2 id="desk-filters-h">{deskText.filtersHeading}</h2>
      <div class="filter-row">
        <div class="field">
          <label for="desk-search">{deskText.search}</label>
          <input id="desk-search" type="search" value={filter.search ?? ''} onInput={(e) => set({ search: e.currentTarget.value })} />
        </div>
        <div class="field">
          <label for="desk-region">{deskText.region}</label>
          <select id="desk-region" value={filter.region ?? ''} onChange={(e) => set({ region: e.currentTarget.value || null })}>
            <option value="">{deskText.allRegions}</option>
            {REGIONS.map((r) => (
              <option value={r.id}>{r.label}</option>
            ))}
            <option value={DESK_NO_REGION}>{deskText.noRegion}</option>
          </select>
        </div>
        <div class="field">
          <label for="desk-readiness">{deskText.readiness}</label>
          <select
            id="desk-readiness"
            value={filter.readiness ?? 'all'}
            onChange={(e) => set({ readiness: e.currentTarget.value as DeskReadinessFilter })}
          >
            {(Object.keys(deskText.readinessOptions) as DeskReadinessFilter[]).map((id) => (
              <option value={id}>{deskText.readinessOptions[id]}</option>
            ))}
          </select>
        </div>
      </div>
      <p role="status" class="desk-count">
        {deskText.shown(desk.visible.value.length, desk.rows.value.length)}
      </p>
    </section>
  );
}
