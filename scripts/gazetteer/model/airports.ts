/**
 * Major airports and air bases that news and statements name (strikes,
 * arrivals, deportations, closures) but a gazetteer of populated places
 * lacks. Points are the airfield's, to two to four decimals. Each is found
 * under its full name, under its short names ("Heathrow"), and under its
 * stems followed by "Airport" or "International Airport" ("Pearson
 * International Airport"): a stem that is a person's or a city's name
 * ("Ben Gurion", "Kabul") is not the airport on its own.
 * @module
 */
import type { ExtraPlace } from './extra-places.js';

const WEIGHT = 1e5;

function airport(name: string, country: string, lat: number, lon: number, short: readonly string[] = [], stems: readonly string[] = []): ExtraPlace {
  const aliases = [...short, ...short.concat(stems).flatMap((s) => [`${s} Airport`, `${s} International Airport`])];
  return { name, kind: 'site', fcode: 'AIRP', country, lat, lon, weight: WEIGHT, aliases };
}

export const AIRPORTS: readonly ExtraPlace[] = [
  airport('Heathrow Airport', 'GB', 51.47, -0.4543, ['Heathrow', 'London Heathrow']),
  airport('Gatwick Airport', 'GB', 51.1537, -0.1821, ['Gatwick', 'London Gatwick']),
  airport('Stansted Airport', 'GB', 51.886, 0.2389, ['Stansted', 'London Stansted']),
  airport('Manchester Airport', 'GB', 53.3537, -2.275),
  airport('John F. Kennedy International Airport', 'US', 40.6413, -73.7781, [], ['JFK', 'Kennedy', 'John F. Kennedy']),
  airport('LaGuardia Airport', 'US', 40.7769, -73.874, ['LaGuardia']),
  airport('Newark Liberty International Airport', 'US', 40.6895, -74.1745, ['Newark Liberty']),
  airport("O'Hare International Airport", 'US', 41.9742, -87.9073, ["O'Hare", 'Chicago OHare']),
  airport('Los Angeles International Airport', 'US', 33.9416, -118.4085, ['LAX']),
  airport('Washington Dulles International Airport', 'US', 38.9531, -77.4565, [], ['Dulles']),
  airport('Ronald Reagan Washington National Airport', 'US', 38.8512, -77.0402, ['Reagan National']),
  airport('Hartsfield-Jackson Atlanta International Airport', 'US', 33.6407, -84.4277, ['Hartsfield-Jackson']),
  airport('San Francisco International Airport', 'US', 37.6213, -122.379, ['SFO']),
  airport('Charles de Gaulle Airport', 'FR', 49.0097, 2.5479, ['Roissy-Charles de Gaulle'], ['Charles de Gaulle', 'Roissy']),
  airport('Orly Airport', 'FR', 48.7262, 2.3652, ['Orly', 'Paris-Orly']),
  airport('Frankfurt Airport', 'DE', 50.0379, 8.5622),
  airport('Munich Airport', 'DE', 48.3537, 11.775),
  airport('Amsterdam Airport Schiphol', 'NL', 52.3105, 4.7683, ['Schiphol']),
  airport('Brussels Airport', 'BE', 50.901, 4.4844, ['Zaventem']),
  airport('Zurich Airport', 'CH', 47.4582, 8.5555),
  airport('Madrid-Barajas Airport', 'ES', 40.4983, -3.5676, ['Barajas']),
  airport('Barcelona-El Prat Airport', 'ES', 41.2974, 2.0833, ['El Prat']),
  airport('Fiumicino Airport', 'IT', 41.8003, 12.2389, ['Fiumicino'], ['Leonardo da Vinci']),
  airport('Istanbul Airport', 'TR', 41.2753, 28.7519),
  airport('Atatürk Airport', 'TR', 40.9769, 28.8146, [], ['Atatürk', 'Ataturk']),
  airport('Sabiha Gökçen International Airport', 'TR', 40.8986, 29.3092, [], ['Sabiha Gökçen', 'Sabiha Gokcen']),
  airport('Ben Gurion Airport', 'IL', 32.0055, 34.8854, [], ['Ben Gurion', 'Ben-Gurion']),
  airport('Dubai International Airport', 'AE', 25.2532, 55.3657),
  airport('Hamad International Airport', 'QA', 25.2731, 51.6081, [], ['Hamad']),
  airport('Queen Alia International Airport', 'JO', 31.7226, 35.9932, [], ['Queen Alia']),
  airport('Beirut-Rafic Hariri International Airport', 'LB', 33.8209, 35.4884, [], ['Rafic Hariri', 'Beirut']),
  airport('Damascus International Airport', 'SY', 33.4114, 36.5156),
  airport('Baghdad International Airport', 'IQ', 33.2625, 44.2346),
  airport('Erbil International Airport', 'IQ', 36.2376, 43.9632),
  airport('Hamid Karzai International Airport', 'AF', 34.5659, 69.2124, [], ['Hamid Karzai', 'Kabul']),
  airport('Bagram Airfield', 'AF', 34.9461, 69.265, ['Bagram Air Base', 'Bagram Airbase']),
  airport('Kandahar Airfield', 'AF', 31.5058, 65.8478),
  airport('Cairo International Airport', 'EG', 30.1219, 31.4056),
  airport('Sanaa International Airport', 'YE', 15.4763, 44.2197),
  airport('Aden Adde International Airport', 'SO', 2.0144, 45.3047, [], ['Aden Adde', 'Mogadishu']),
  airport('Jomo Kenyatta International Airport', 'KE', -1.3192, 36.9278, [], ['Jomo Kenyatta']),
  airport('Bole International Airport', 'ET', 8.9779, 38.7993, [], ['Addis Ababa Bole', 'Bole']),
  airport('O. R. Tambo International Airport', 'ZA', -26.1367, 28.2411, [], ['OR Tambo', 'O.R. Tambo']),
  airport('Sheremetyevo International Airport', 'RU', 55.9726, 37.4146, ['Sheremetyevo']),
  airport('Domodedovo International Airport', 'RU', 55.4088, 37.9063, ['Domodedovo']),
  airport('Vnukovo International Airport', 'RU', 55.5915, 37.2615, ['Vnukovo']),
  airport('Boryspil International Airport', 'UA', 50.345, 30.8947, ['Boryspil']),
  airport('Toronto Pearson International Airport', 'CA', 43.6777, -79.6248, ['Toronto Pearson'], ['Pearson']),
  airport('Montréal-Trudeau International Airport', 'CA', 45.4706, -73.7408, ['Montreal-Trudeau'], ['Trudeau', 'Pierre Elliott Trudeau', 'Montreal-Pierre Elliott Trudeau']),
  airport('Ottawa Macdonald-Cartier International Airport', 'CA', 45.3225, -75.6692, [], ['Macdonald-Cartier', 'Ottawa Macdonald-Cartier']),
  airport('Vancouver International Airport', 'CA', 49.1967, -123.1815),
  airport('Narita International Airport', 'JP', 35.772, 140.3929, ['Narita']),
  airport('Haneda Airport', 'JP', 35.5494, 139.7798, ['Haneda', 'Tokyo Haneda']),
  airport('Beijing Capital International Airport', 'CN', 40.0799, 116.6031, [], ['Beijing Capital']),
  airport('Hong Kong International Airport', 'HK', 22.308, 113.9185, ['Chek Lap Kok']),
  airport('Singapore Changi Airport', 'SG', 1.3644, 103.9915, ['Changi']),
  airport('Sydney Airport', 'AU', -33.9399, 151.1753, [], ['Kingsford Smith', 'Sydney Kingsford Smith']),
  airport('Incirlik Air Base', 'TR', 37.0021, 35.4259, ['Incirlik']),
  airport('Ramstein Air Base', 'DE', 49.4369, 7.6003),
  airport('Hmeimim Air Base', 'SY', 35.4011, 35.9487, ['Hmeimim', 'Khmeimim']),
  airport('Shayrat Airbase', 'SY', 34.49, 36.9092, ['Shayrat Air Base']),
];
