'use strict';
/**
 * Stands in the bundle for modules that exceljs requires as it loads but that only its streaming
 * reader and writer and its CSV support use (unzipper, archiver, tmp, fast-csv): the program only
 * writes whole workbooks (wb.xlsx.writeBuffer). Loading them cost about 60 ms of every cold build.
 * Anything that reaches one of them fails with this message instead of misbehaving.
 */
const message = 'This part of exceljs (its streaming reader or writer, or CSV) is left out of the bundle (scripts/unused-module.cjs).';
module.exports = new Proxy(() => {}, {
  get(_target, property) {
    // Module interop and printing look for these; tmp's clean-up hook is set as exceljs loads.
    if (typeof property === 'symbol' || property === '__esModule') return undefined;
    if (property === 'setGracefulCleanup') return () => {};
    throw new Error(message);
  },
  apply() {
    throw new Error(message);
  },
  construct() {
    throw new Error(message);
  },
});
