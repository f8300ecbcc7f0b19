/**
 * A worker thread's entry: measures a comparison's reference values on their own (see reference-thread.ts), and holds
 * the rows' range folds until they are taken.
 */
import { parentPort, workerData } from 'worker_threads';
import { SharedRing } from '../../process/shared-ring';
import { toThreadError } from '../../process/thread-error';
import type { RangeFold } from '../over-set/range-fold';
import { measureReferenceValues, takeFoldStates } from './reference-measurer';
import type { FromReferenceThread, ReferenceThreadData, ToReferenceThread } from './reference-thread';

const port = parentPort!;
const post = (m: FromReferenceThread) => port.postMessage(m);
const folds = new Map<number, RangeFold>();
const { ring } = workerData as ReferenceThreadData;

port.on('message', (m: ToReferenceThread) => {
  try {
    if (m.type === 'measure') {
      const values = m.values instanceof Float32Array ? m.values : SharedRing.view(ring, m.values);
      post({ type: 'measured', id: m.id, result: measureReferenceValues(folds, { ...m.request, values }) });
    } else post({ type: 'folds', id: m.id, folds: takeFoldStates(folds) });
  } catch (err) {
    post({ type: 'failed', id: m.id, error: toThreadError(err) });
  }
});
