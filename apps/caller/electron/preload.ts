/** Preload of the caller: puts the bridge on window.hallq (getConfig; printing answers NOT_SUPPORTED). */
import { exposeBridge } from '@hallq/desktop/preload';

exposeBridge('caller');
