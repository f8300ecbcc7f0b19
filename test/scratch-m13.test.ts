import { saveModel, useEngine, compileFor } from './helpers/engine';
import { QatTransformer } from './helpers/shipped-models';
describe('scratch', function () {
  const ctx = useEngine();
  it('tr', async () => {
    const t = new QatTransformer({ blocks: 1 });
    t.float();
    const ranges = new Map(t.points.map((p) => [p, 1]));
    const file = saveModel(ctx.dir(), 't.onnx', t.quant(ranges));
    const c = await compileFor(file, 'cpu', ctx.engine());
    for (const n of c.compiled!.nodes) if (/attn\/(k|q)|scores/.test(n.name + n.origin.join())) console.log(n.name, n.opType, JSON.stringify(n.inputs), JSON.stringify(n.outputs), JSON.stringify(n.origin), JSON.stringify(c.compiled!.values.get(n.outputs[0])?.shape));
  });
});
