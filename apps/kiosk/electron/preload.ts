/** Preload of the kiosk: puts the bridge (printTicket, printerStatus, getConfig) on window.hallq. */
import { exposeBridge } from '@hallq/desktop/preload';

exposeBridge('kiosk');
