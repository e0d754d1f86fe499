import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { identifyLanguage, loadLanguageDetector } from './index.js';

describe('identifyLanguage', () => {
  before(() => loadLanguageDetector());

  const cases: [string, string][] = [
    ['en', 'The Executive Committee of the Riverside Teachers Union condemns the arrest of our colleagues and calls for their release.'],
    ['fr', 'Le comité exécutif du syndicat des enseignants condamne l’arrestation de nos collègues et exige leur libération immédiate.'],
    ['es', 'El comité ejecutivo del sindicato de maestros condena la detención de nuestros compañeros y exige su liberación inmediata.'],
    ['de', 'Der Vorstand der Lehrergewerkschaft verurteilt die Festnahme unserer Kollegen und fordert ihre sofortige Freilassung.'],
    ['tr', 'Öğretmenler sendikasının yürütme kurulu arkadaşlarımızın gözaltına alınmasını kınıyor ve derhal serbest bırakılmalarını talep ediyor.'],
    ['ar', 'تدين اللجنة التنفيذية لنقابة المعلمين اعتقال زملائنا وتطالب بالإفراج الفوري عنهم.'],
  ];
  for (const [lang, text] of cases) {
    it(`should identify ${lang}`, () => assert.equal(identifyLanguage(text), lang));
  }

  it('should return null for text too short to tell', () => {
    assert.equal(identifyLanguage('Print | Email'), null);
    assert.equal(identifyLanguage('12/03/2014'), null);
  });
});
