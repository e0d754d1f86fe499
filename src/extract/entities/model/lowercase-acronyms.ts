/**
 * Organization acronyms that statements also write in lower case ("isis"),
 * long enough not to collide with ordinary words. Lower case.
 */
export const LOWERCASE_ACRONYMS: ReadonlySet<string> = new Set(['isis', 'isil', 'daesh', 'daech', 'nato', 'otan', 'hamas', 'hezbollah', 'taliban', 'pkk', 'ypg', 'farc']);
