import { render } from 'preact';
import { Options } from '../../options/Options';

render(<Options />, document.getElementById('app')!);
