/** Preload of the display: puts the bridge on window.hallq (getConfig; printing answers NOT_SUPPORTED). */
import { exposeBridge } from '@hallq/desktop/preload';

exposeBridge('display');
