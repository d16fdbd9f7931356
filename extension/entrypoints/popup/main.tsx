// First: zod's mode must be set before any schema is built.
import '../../../shared/zodMode';
import { render } from 'preact';
import { Popup } from '../../popup/Popup';
import { localizePage } from '../../strings';

localizePage(document, (t) => t.appName);
render(<Popup />, document.getElementById('app')!);
