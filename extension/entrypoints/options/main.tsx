// First: zod's mode must be set before any schema is built.
import '../../../shared/zodMode';
import { render } from 'preact';
import { Options } from '../../options/Options';

render(<Options />, document.getElementById('app')!);
