import { render } from 'preact';
import { Popup } from '../../popup/Popup';

render(<Popup />, document.getElementById('app')!);
