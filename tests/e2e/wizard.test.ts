import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { usePageEachTest } from './browser';
import { openStep, waitSaved } from './wizard-helpers';

const s = usePageEachTest();

const next = (p: Page) => p.getByRole('button', { name: /^Seuraava/ }).click();

async function fillEverything(p: Page) {
  await p.getByRole('button', { name: /Aloita uusi luonnos/ }).click();
  await p.getByRole('heading', { level: 1, name: 'Hakija' }).waitFor();
  await p.getByLabel('Hakijan nimi').fill('Kylätoiminta Testilä ry');
  await p.getByLabel('Oikeudellinen muoto').selectOption('ry');
  await p.getByLabel('Y-tunnus').fill('0827616-7');
  await p.getByLabel('Yhteyshenkilö').fill('Maija Virtanen');
  await p.getByLabel('Sähköposti').fill('maija@example.fi');
  await p.getByLabel('Puhelin').fill('040 123 4567');
  await p.getByLabel('Aiempi hankekokemus').fill('Kesäleiri 2023 – 25 nuorta.');
  await next(p);

  await p.getByLabel('Hankkeen työnimi').fill('Yhdessä kylillä');
  await p.getByLabel('Tiivistelmä').fill('Kohtaamispaikka kylille, äöå €.');
  await p.getByLabel('Suunniteltu alkamiskuukausi').fill('2027-09');
  await p.getByLabel('Suunniteltu päättymiskuukausi').fill('2029-08');
  await p.getByLabel('Pohjois-Savo').check();
  await p.getByLabel('Etelä-Savo').check();
  await p.getByLabel('Kunnat').fill('Kuopio, Mikkeli');
  await next(p);

  // Need and target group in one step.
  await p.getByLabel('Mikä on ongelma tai tarve?').fill('Yksinäisyys kylillä.');
  await p.getByLabel('Mistä tiedätte, että tarve on olemassa?').fill('Kysely 2025.');
  await p.getByLabel('Miten kohderyhmä on ollut mukana suunnittelussa?').fill('Kahvitilaisuudet.');
  await p.getByLabel('Yksinäiset ja vailla tukiverkostoja olevat').check();
  await p.getByLabel('Muu kohderyhmä tai tarkennus').fill('Yli 65-vuotiaat');
  await p.getByLabel('Arvioitu osallistujamäärä').fill('60');
  await p.getByLabel('Miten tavoitatte osallistujat?').fill('Kotihoidon kautta.');
  await p.getByLabel('Välilliset kohderyhmät').fill('Kunta.');
  await next(p);

  // Goals together with the emphases they serve.
  await p.getByLabel('Päätavoite').fill('Yksinäisyys vähenee.');
  await p.getByRole('button', { name: /Lisää osatavoite/ }).click();
  await p.getByRole('button', { name: /Lisää osatavoite/ }).click();
  await p.getByLabel('Osatavoite', { exact: true }).nth(0).fill('40 ikääntynyttä mukana');
  await p.getByLabel('Osatavoite', { exact: true }).nth(1).fill('Vapaaehtoisia 10');
  // Reorder: the second goal moves up.
  await p.getByRole('button', { name: 'Siirrä ylös: Osatavoite 2' }).click();
  await p.getByLabel('Yhteisöllisin ja kuntouttavin keinoin', { exact: false }).check();
  await p.getByLabel(/Miten hanke edistää tätä\? \(Hyvinvointi yhteisöllisin/).fill('Viikoittaiset kohtaamiset.');
  await p.getByLabel('Osallisuutta tukevista toimista asiakaslähtöisempiä').check();
  await p.getByLabel(/Miten hanke edistää tätä\? \(Osallisuutta tukevista/).fill('Osallistujat suunnittelevat.');
  await next(p);

  // Actions with their communication and risks.
  await p.getByRole('button', { name: /Lisää toimenpide/ }).click();
  await p.getByLabel('Toimenpiteen nimi').fill('Kyläkahvilat');
  await p.getByLabel('Kuvaus').fill('Viikoittain kolmella kylällä.');
  await p.getByLabel(/^Päätavoite:/).check();
  await p.getByLabel(/^Osatavoite 2: 40 ikääntynyttä/).check();
  await p.getByLabel('Ajoitus').fill('2027–2029');
  await p.getByLabel('Kuka tekee').fill('Hankevetäjä');
  await p.getByRole('textbox', { name: 'Viestintä' }).fill('Paikallislehti');
  await p.getByRole('button', { name: /Lisää riski/ }).click();
  await p.getByLabel('Riski', { exact: true }).fill('Vähän osallistujia');
  await p.getByLabel('Todennäköisyys').selectOption('kohtalainen');
  await p.getByLabel('Vaikutus').selectOption('suuri');
  await p.getByLabel('Miten varaudutte').fill('Kyydit');
  await next(p);

  await p.getByLabel('Odotetut tulokset').fill('Kohtaamispaikka jatkuu.');
  await p.getByLabel('Miten toiminta jatkuu hankkeen jälkeen?').fill('Vapaaehtoiset jatkavat kahviloita.');
  await p.getByRole('button', { name: /Lisää mittari/ }).click();
  await p.getByLabel('Tavoite', { exact: true }).selectOption({ label: 'Osatavoite 2: 40 ikääntynyttä mukana' });
  await p.getByLabel('Mittari', { exact: true }).fill('Osallistujat');
  await p.getByLabel('Yksikkö', { exact: true }).fill('henkilöä');
  await p.getByLabel('Lähtötaso').fill('0');
  await p.getByLabel('Tavoitetaso').fill('40');
  await p.getByLabel('Tietolähde').fill('Osallistujalistat');
  await p.getByLabel(/Hankkeen työntekijä kirjaa/).check();
  await next(p);

  await p.getByRole('button', { name: /Lisää kumppani/ }).click();
  await p.getByLabel('Kumppani', { exact: true }).fill('Kuopion kaupunki');
  await p.getByLabel('Rooli hankkeessa').fill('Tilat');
  await p.getByLabel('Aiesopimus').selectOption('sovittu');
  await next(p);

  // Money: staff, then self-financing once its amount is known, then volunteers and premises.
  await p.getByRole('heading', { level: 1, name: 'Talous ja resurssit' }).waitFor();
  await p.getByRole('button', { name: /Lisää henkilö/ }).click();
  await p.getByLabel('Tehtävä').fill('Hankevetäjä');
  await p.getByLabel('Kokoaikainen kuukausipalkka, brutto (€)').fill('3 200,50');
  await p.getByLabel('Kuukaudet hankkeessa').fill('24');
  await p.getByLabel('Työaikaosuus (%)').fill('80');
  await p.getByRole('textbox', { name: 'Omat varat' }).fill('20');
  await p.getByLabel('Omat varat: yksikkö').selectOption('pct');
  await p.getByLabel('Miten omarahoitus kootaan?').fill('Omat varat ja kunta');
  await p.getByLabel('Vapaaehtoiset', { exact: true }).fill('10 jäsentä');
  await p.getByLabel('Tilat ja välineet').fill('Kylätalot');
  await next(p);

  for (const label of [
    'Kestävä kehitys ja ilmasto',
    'Tasa-arvo ja sukupuolten tasa-arvo',
    'Yhdenvertaisuus, syrjimättömyys ja saavutettavuus',
    'Digitaalisuus ja innovatiivisuus',
    'Kansainvälisyys',
  ]) {
    await p.getByLabel(label).fill(`Teksti: ${label}`);
  }
  await next(p);
  await p.getByRole('heading', { level: 1, name: 'Tarkista ja vie' }).waitFor();
}

describe('wizard', () => {
  it('keeps everything typed in every step, lists and links included, across a reload', async () => {
    await fillEverything(s.page);
    await waitSaved(s.page);
    await s.page.reload();
    // The tab comes back to the draft and step it had open.
    await s.page.getByRole('heading', { level: 1, name: 'Tarkista ja vie' }).waitFor();
    await s.page.getByRole('button', { name: /Omat luonnokset/ }).click();
    await s.page.getByRole('button', { name: 'Avaa: Yhdessä kylillä' }).click();
    // The draft opens where the user left off; the first step is one tap away.
    await s.page.getByRole('heading', { level: 1, name: 'Tarkista ja vie' }).waitFor();
    await openStep(s.page, 'Hakija');

    await expect.poll(() => s.page.getByLabel('Y-tunnus').inputValue()).toBe('0827616-7');
    expect(await s.page.getByLabel('Oikeudellinen muoto').inputValue()).toBe('ry');
    await openStep(s.page, 'Hanke lyhyesti');
    expect(await s.page.getByLabel('Tiivistelmä').inputValue()).toBe('Kohtaamispaikka kylille, äöå €.');
    expect(await s.page.getByLabel('Suunniteltu päättymiskuukausi').inputValue()).toBe('2029-08');
    expect(await s.page.getByLabel('Etelä-Savo').isChecked()).toBe(true);
    expect(await s.page.getByLabel('Pohjois-Karjala').isChecked()).toBe(false);

    await openStep(s.page, 'Tavoitteet');
    expect(await s.page.getByLabel('Osatavoite', { exact: true }).nth(0).inputValue()).toBe('Vapaaehtoisia 10');
    expect(await s.page.getByLabel('Osatavoite', { exact: true }).nth(1).inputValue()).toBe('40 ikääntynyttä mukana');

    await openStep(s.page, 'Toimenpiteet');
    expect(await s.page.getByLabel(/^Päätavoite:/).isChecked()).toBe(true);
    expect(await s.page.getByLabel(/^Osatavoite 1:/).isChecked()).toBe(false);
    expect(await s.page.getByLabel(/^Osatavoite 2:/).isChecked()).toBe(true);

    await openStep(s.page, 'Tulokset, mittarit ja jatkuvuus');
    const goalSelect = s.page.getByLabel('Tavoite', { exact: true });
    expect(await goalSelect.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent)).toBe(
      'Osatavoite 2: 40 ikääntynyttä mukana',
    );

    await openStep(s.page, 'Toimenpiteet');
    expect(await s.page.getByLabel('Vaikutus').inputValue()).toBe('suuri');

    await openStep(s.page, 'Talous ja resurssit');
    expect(await s.page.getByLabel('Kokoaikainen kuukausipalkka, brutto (€)').inputValue()).toBe('3 200,50');
    expect(await s.page.getByLabel('Omat varat: yksikkö').inputValue()).toBe('pct');

    await openStep(s.page, 'Tavoitteet');
    expect(await s.page.getByLabel(/Miten hanke edistää tätä\? \(Osallisuutta tukevista/).inputValue()).toBe(
      'Osallistujat suunnittelevat.',
    );

    await openStep(s.page, 'Tarkista ja vie');
    await expect.poll(() => s.page.getByText('Kaikki vaiheet on täytetty.').count()).toBe(1);
    const summary = await s.page.locator('main').innerText();
    for (const text of [
      'Kylätoiminta Testilä ry',
      'Kyläkahvilat',
      'Osallistujalistat',
      'Kuopion kaupunki',
      'Sovittu',
      'Teksti: Kansainvälisyys',
    ]) {
      expect(summary).toContain(text);
    }
  });

  it('asks before removing a goal and says what gets unlinked', async () => {
    await s.page.getByRole('button', { name: /Aloita uusi luonnos/ }).click();
    await openStep(s.page, 'Tavoitteet');
    await s.page.getByRole('button', { name: /Lisää osatavoite/ }).click();
    await s.page.getByLabel('Osatavoite', { exact: true }).fill('Tavoite A');
    await openStep(s.page, 'Toimenpiteet');
    await s.page.getByRole('button', { name: /Lisää toimenpide/ }).click();
    await s.page.getByLabel('Toimenpiteen nimi').fill('Retki');
    await s.page.getByLabel(/^Osatavoite 1:/).check();
    await openStep(s.page, 'Tavoitteet');
    await s.page.getByRole('button', { name: 'Poista: Osatavoite 1' }).click();
    const dialog = s.page.getByRole('dialog', { name: 'Poistetaanko tavoite?' });
    await expect.poll(() => dialog.innerText()).toContain('”Retki”');
    // Cancel keeps it.
    await dialog.getByRole('button', { name: 'Peruuta' }).click();
    expect(await s.page.getByLabel('Osatavoite', { exact: true }).inputValue()).toBe('Tavoite A');
    await s.page.getByRole('button', { name: 'Poista: Osatavoite 1' }).click();
    await s.page.getByRole('dialog').getByRole('button', { name: 'Poista tavoite' }).click();
    expect(await s.page.getByLabel('Osatavoite', { exact: true }).count()).toBe(0);
    await openStep(s.page, 'Toimenpiteet');
    expect(await s.page.getByLabel('Toimenpiteen nimi').inputValue()).toBe('Retki');
    expect(await s.page.getByLabel(/^Osatavoite/).count()).toBe(0);
  });

  it('shows Finnish messages at the field and a missing list with links on the summary', async () => {
    await s.page.getByRole('button', { name: /Aloita uusi luonnos/ }).click();
    await s.page.getByLabel('Y-tunnus').fill('0827616-8');
    await expect.poll(() => s.page.getByText('Y-tunnuksen tarkistusnumero ei täsmää').count()).toBe(1);
    expect(await s.page.getByLabel('Y-tunnus').getAttribute('aria-invalid')).toBe('true');
    await openStep(s.page, 'Tarkista ja vie');
    await s.page.getByRole('link', { name: /Y-tunnuksen tarkistusnumero ei täsmää/ }).click();
    await s.page.getByRole('heading', { level: 1, name: 'Hakija' }).waitFor();
    await expect.poll(() => s.page.evaluate(() => document.activeElement?.id)).toBe('field-applicant-businessId');
    await openStep(s.page, 'Tarkista ja vie');
    await s.page.getByRole('link', { name: 'Toimenpiteet: Viestintä' }).click();
    await expect.poll(() => s.page.evaluate(() => document.activeElement?.id)).toBe('field-communication');
  });

  it('moves focus to the step heading on step change and works by keyboard', async () => {
    const start = s.page.getByRole('button', { name: /Aloita uusi luonnos/ });
    // The static first paint shows the button disabled until the app has started.
    await expect.poll(() => start.isEnabled()).toBe(true);
    await start.focus();
    await s.page.keyboard.press('Enter');
    await s.page.getByLabel('Hakijan nimi').focus();
    await s.page.keyboard.type('Näppis ry');
    await s.page.getByRole('button', { name: /^Seuraava/ }).focus();
    await s.page.keyboard.press('Enter');
    await expect.poll(() => s.page.evaluate(() => document.activeElement?.textContent)).toBe('Hanke lyhyesti');
    await s.page.keyboard.press('Tab');
    await expect.poll(() => s.page.evaluate(() => document.activeElement?.id)).toBe('field-project-name');
  });
});

describe('drafts on the device', () => {
  it('keeps a second draft separate; renames, duplicates and deletes with undo', async () => {
    await s.page.getByRole('button', { name: /Aloita uusi luonnos/ }).click();
    await s.page.getByLabel('Hakijan nimi').fill('Ensimmäinen ry');
    await openStep(s.page, 'Hanke lyhyesti');
    await s.page.getByLabel('Hankkeen työnimi').fill('Eka');
    await s.page.getByRole('button', { name: /Omat luonnokset/ }).click();

    await s.page.getByRole('button', { name: /Aloita uusi luonnos/ }).click();
    await s.page.getByLabel('Hakijan nimi').fill('Toinen ry');
    await s.page.getByRole('button', { name: /Omat luonnokset/ }).click();

    await s.page.getByRole('button', { name: 'Avaa: Eka' }).click();
    await openStep(s.page, 'Hakija');
    expect(await s.page.getByLabel('Hakijan nimi').inputValue()).toBe('Ensimmäinen ry');
    await s.page.getByRole('button', { name: /Omat luonnokset/ }).click();

    await s.page.getByRole('button', { name: 'Nimeä uudelleen: Nimetön luonnos' }).click();
    await s.page.getByLabel('Hankkeen uusi nimi').fill('Toka');
    await s.page.getByRole('button', { name: 'Tallenna' }).click();
    await s.page.getByRole('heading', { name: 'Toka' }).waitFor();

    await s.page.getByRole('button', { name: 'Tee kopio: Eka' }).click();
    await s.page.getByRole('heading', { name: 'Eka (kopio)' }).waitFor();
    await s.page.getByRole('button', { name: 'Avaa: Eka (kopio)' }).click();
    expect(await s.page.getByLabel('Hakijan nimi').inputValue()).toBe('Ensimmäinen ry');
    await s.page.getByRole('button', { name: /Omat luonnokset/ }).click();

    await s.page.getByRole('button', { name: 'Poista: Eka', exact: true }).click();
    await s.page.getByRole('dialog').getByRole('button', { name: 'Poista luonnos' }).click();
    await s.page.getByText('Luonnos ”Eka” poistettiin.').waitFor();
    expect(await s.page.getByRole('heading', { name: 'Eka', exact: true }).count()).toBe(0);
    await s.page.getByRole('button', { name: 'Peru poisto' }).click();
    await s.page.getByRole('heading', { name: 'Eka', exact: true }).waitFor();

    await s.page.reload();
    await s.page.getByRole('heading', { name: 'Eka', exact: true }).waitFor();
    const names = await s.page.locator('.draft-name').allInnerTexts();
    expect(names.sort()).toEqual(['Eka', 'Eka (kopio)', 'Toka']);
  });
});
