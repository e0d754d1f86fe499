/**
 * Button labels of cookie banners, which sit on their own line under the
 * notice ("Accept | More information", "[Accept all cookies] [Cookie settings]").
 */
export const COOKIE_BUTTONS: readonly string[] = [
  'accept', 'accept all', 'accept all cookies', 'accept cookies', 'i accept', 'agree', 'i agree', 'ok', 'okay', 'got it', 'allow', 'allow all',
  'decline', 'reject', 'reject all', 'deny', 'settings', 'cookie settings', 'manage cookies', 'preferences', 'customize', 'more information', 'more info', 'learn more', 'read more', 'privacy policy',
  'accepter', 'tout accepter', 'refuser', 'tout refuser', 'parametrer', 'en savoir plus', 'j\'accepte', 'continuer',
  'aceptar', 'aceptar todo', 'aceptar todas', 'rechazar', 'configurar', 'leer mas', 'mas informacion', 'acepto',
  'akzeptieren', 'alle akzeptieren', 'ablehnen', 'einstellungen', 'mehr erfahren', 'zustimmen', 'einverstanden',
  'kabul et', 'kabul ediyorum', 'tamam', 'reddet', 'daha fazla bilgi', 'ayarlar',
  'موافق', 'قبول', 'رفض', 'أوافق', 'المزيد',
];
