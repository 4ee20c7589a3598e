/** The script every page loads: the search shortcut, offline support, and the annotation cards' sheet on a phone. */
import { keepMarkAboveCardSheet } from './card-sheet.ts';
import { startOfflineSupport } from './offline-support.ts';
import { installSearchShortcut } from './search-shortcut.ts';

installSearchShortcut();
startOfflineSupport();
keepMarkAboveCardSheet();
