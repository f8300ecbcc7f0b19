/**
 * A worker thread's entry: measures a comparison's reference values on their own (see reference-thread.ts), and holds
 * the rows' range folds until they are taken.
 */
import { parentPort } from 'worker_threads';
import { toThreadError } from '../../process/thread-error';
import type { RangeFold } from '../over-set/range-fold';
import { measureReferenceValues, takeFoldStates } from './reference-measurer';
import type { FromReferenceThread, ToReferenceThread } from './reference-thread';

const port = parentPort!;
const post = (m: FromReferenceThread) => port.postMessage(m);
const folds = new Map<number, RangeFold>();

port.on('message', (m: ToReferenceThread) => {
  try {
    if (m.type === 'measure') post({ type: 'measured', id: m.id, result: measureReferenceValues(folds, m.request) });
    else post({ type: 'folds', id: m.id, folds: takeFoldStates(folds) });
  } catch (err) {
    post({ type: 'failed', id: m.id, error: toThreadError(err) });
  }
});
