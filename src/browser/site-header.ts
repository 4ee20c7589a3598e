/** The script every page loads: the search shortcut and offline support, nothing else. */
import { startOfflineSupport } from './offline-support.ts';
import { installSearchShortcut } from './search-shortcut.ts';

installSearchShortcut();
startOfflineSupport();
