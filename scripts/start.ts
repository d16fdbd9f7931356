// `npm start [-- --smoke] [--port=N] [--today=YYYY-MM-DD] [--no-build]`: build, then the offline playground.
import { main } from '../playground/cli';

process.exitCode = await main(process.argv.slice(2));
