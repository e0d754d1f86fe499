/**
 * Well-known international and state bodies, written for this project, added to
 * the `knownOrg` gazetteer category beside compromise's organization list.
 */
export const KNOWN_ORGS: readonly string[] = [
  'United Nations', 'UN', 'U.N.', 'UN Security Council', 'United Nations Security Council', 'Security Council',
  'UN General Assembly', 'General Assembly', 'UNHCR', 'UNICEF', 'UNESCO', 'UNRWA', 'OCHA', 'UNDP', 'WFP', 'WHO',
  'World Health Organization', 'World Food Programme', 'Human Rights Council', 'International Criminal Court', 'ICC',
  'International Court of Justice', 'ICJ', 'International Committee of the Red Cross', 'ICRC', 'Red Cross',
  'Red Crescent', 'Amnesty International', 'Human Rights Watch', 'Médecins Sans Frontières', 'MSF',
  'NATO', 'European Union', 'EU', 'European Commission', 'European Parliament', 'Council of Europe', 'OSCE',
  'African Union', 'AU', 'ECOWAS', 'SADC', 'IGAD', 'EAC', 'ASEAN', 'Arab League', 'League of Arab States', 'OIC',
  'Organization of American States', 'OAS', 'CARICOM', 'Mercosur', 'CELAC', 'Gulf Cooperation Council', 'GCC',
  'Shanghai Cooperation Organisation', 'BRICS', 'G7', 'G20', 'OPEC', 'IMF', 'International Monetary Fund',
  'World Bank', 'World Trade Organization', 'WTO', 'Interpol', 'Europol', 'Frontex', 'ACHPR',
  'African Commission on Human and Peoples\' Rights', 'Pentagon', 'White House', 'Kremlin', 'State Department',
  'CIA', 'FBI', 'Congress', 'Knesset', 'Duma', 'Bundestag', 'Mossad', 'Hamas', 'Hezbollah', 'Taliban',
  'al-Qaeda', 'Al-Qaeda', 'al Qaeda', 'ISIS', 'ISIL', 'Islamic State', 'Daesh', 'PKK', 'YPG', 'YPJ', 'SDF',
  'Boko Haram', 'al-Shabaab', 'Al-Shabaab', 'ANC', 'SWAPO', 'ZANU-PF', 'FARC', 'ELN', 'Sinn Féin', 'IRA',
  'PLO', 'Fatah', 'PFLP', 'Muslim Brotherhood', 'Wagner Group', 'Reuters', 'AFP', 'Associated Press', 'BBC',
  'Al Jazeera', 'CNN',
];
