// Reads the codes-postaux package's codes-postaux.json and prints the compact postcode base of the charter:
// one line per postcode, "NNNNN LABEL|LABEL...", labels sorted, after '#' header lines.
// The labels are cleaned of the few notations of the source that La Poste never prints (see POSTCODES.md).
'use strict'
const fs = require('fs')
const [packageDir, version, date] = process.argv.slice(2)

function clean(label) {
  return label
    .replace(/\s*\(CANTON\b.*$/, '') // CASTILLON (CANTON DE LEMBEYE ) -> CASTILLON
    .replace(/^(.*?)\s*\((LES|LE|LA|L'|L ?)\s*\)$/, (all, name, article) =>
      (article.trim() === 'L' || article === "L'" ? "L'" : article + ' ') + name) // EPINE (L') -> L'EPINE
    .replace(/^(PARIS|MARSEILLE|LYON) \d+(ER|EME)?$/, '$1') // PARIS 16 -> PARIS
    .replace(/ PRINCIPAL$/, '')
    .replace(/ \d{5}$/, '') // SAINT CHAFFREY 05330 -> SAINT CHAFFREY
    .replace(/\s+/g, ' ')
    .trim()
}

const byCode = new Map()
for (const entry of JSON.parse(fs.readFileSync(`${packageDir}/codes-postaux.json`, 'utf8'))) {
  if (!/^\d{5}$/.test(entry.codePostal)) throw new Error(`not a postcode: ${entry.codePostal}`)
  const label = clean(entry.libelleAcheminement)
  if (!/^[A-Z0-9][A-Z0-9 '.-]*$/.test(label)) throw new Error(`unexpected label: ${entry.libelleAcheminement}`)
  if (!byCode.has(entry.codePostal)) byCode.set(entry.codePostal, new Set())
  byCode.get(entry.codePostal).add(label)
}

const out = [
  `# French postcodes and their routing labels (libelles d'acheminement), from the npm package codes-postaux@${version}`,
  `# (MIT; data derived from INSEE's Code officiel geographique and DGFiP's FIMOCT, Licence Ouverte / Open Licence).`,
  `# Generated on ${date} by scripts/refresh-postcodes.sh: do not edit, see POSTCODES.md.`
]
for (const code of [...byCode.keys()].sort()) out.push(`${code} ${[...byCode.get(code)].sort().join('|')}`)
process.stdout.write(out.join('\n') + '\n')
