// First: zod's mode must be set before any schema is built.
import '../../../shared/zodMode';
import { render } from 'preact';
import { Popup } from '../../popup/Popup';

render(<Popup />, document.getElementById('app')!);
