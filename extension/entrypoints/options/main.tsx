import { render } from 'preact';
import { Options } from '../../options/Options';
import { localizePage } from '../../strings';

localizePage(document, (t) => t.options.title);
render(<Options />, document.getElementById('app')!);
