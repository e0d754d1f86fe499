/**
 * Nationality adjectives to the state they name, for actors given only as
 * "a Turkish drone" or "Israeli forces". English forms; the country names
 * are the common English short names.
 */
export const DEMONYMS: Readonly<Record<string, string>> = {
  afghan: 'Afghanistan', algerian: 'Algeria', american: 'United States', angolan: 'Angola', armenian: 'Armenia',
  australian: 'Australia', azerbaijani: 'Azerbaijan', azeri: 'Azerbaijan', bahraini: 'Bahrain', bangladeshi: 'Bangladesh',
  belarusian: 'Belarus', bolivian: 'Bolivia', brazilian: 'Brazil', british: 'United Kingdom', burkinabe: 'Burkina Faso',
  burmese: 'Myanmar', burundian: 'Burundi', cameroonian: 'Cameroon', chadian: 'Chad', chilean: 'Chile', chinese: 'China',
  colombian: 'Colombia', congolese: 'DR Congo', cuban: 'Cuba', egyptian: 'Egypt', eritrean: 'Eritrea', ethiopian: 'Ethiopia',
  french: 'France', georgian: 'Georgia', german: 'Germany', ghanaian: 'Ghana', greek: 'Greece', guatemalan: 'Guatemala',
  haitian: 'Haiti', honduran: 'Honduras', indian: 'India', indonesian: 'Indonesia', iranian: 'Iran', iraqi: 'Iraq',
  israeli: 'Israel', italian: 'Italy', ivorian: "Côte d'Ivoire", japanese: 'Japan', jordanian: 'Jordan', kenyan: 'Kenya',
  lebanese: 'Lebanon', libyan: 'Libya', malian: 'Mali', mexican: 'Mexico', moroccan: 'Morocco', mozambican: 'Mozambique',
  nepali: 'Nepal', nicaraguan: 'Nicaragua', nigerian: 'Nigeria', nigerien: 'Niger', pakistani: 'Pakistan',
  palestinian: 'Palestine', peruvian: 'Peru', philippine: 'Philippines', filipino: 'Philippines', polish: 'Poland',
  russian: 'Russia', rwandan: 'Rwanda', saudi: 'Saudi Arabia', senegalese: 'Senegal', serbian: 'Serbia', somali: 'Somalia',
  'south african': 'South Africa', 'south sudanese': 'South Sudan', 'sri lankan': 'Sri Lanka', sudanese: 'Sudan',
  syrian: 'Syria', tanzanian: 'Tanzania', thai: 'Thailand', tunisian: 'Tunisia', turkish: 'Turkey', ugandan: 'Uganda',
  ukrainian: 'Ukraine', venezuelan: 'Venezuela', vietnamese: 'Vietnam', yemeni: 'Yemen', zambian: 'Zambia',
  zimbabwean: 'Zimbabwe', emirati: 'United Arab Emirates', qatari: 'Qatar', kuwaiti: 'Kuwait', omani: 'Oman',
};
