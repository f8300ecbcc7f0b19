"""Record a PyTorch model's activations into an .npz that `quantlens compare MODEL.onnx --reference acts.npz` reads.

Every leaf module (and every module you name) gets a forward hook; the model runs once, without gradients, and
each module's output is saved as a float32 array keyed by the module's qualified name (`features.1.conv.0.0`),
plus the model's output as `output` (`output.0`, `output.1`, ... for a tuple or list). Quantized tensors are
dequantized. QuantLens matches the names to the exported ONNX model's node scopes
(`/features/features.1/conv/conv.0/conv.0.0/...`), so export the same model object you record.

Quantization-aware (QAT) and observed models count as leaves too: a module that owns an `activation_post_process`
(a fake-quant or observer) is hooked, and so is that fake-quant (`features.0.0.activation_post_process`). Hooks run
after the hooks quantization installed, so a QAT module's key holds its fake-quantized output, as the export
computes it. Weight fake-quants are skipped (they hold weights, not activations).

The model runs in eval mode with its fake-quants' observers paused, so recording changes no scale, zero point or
BatchNorm statistic; both are restored afterwards.

Example::

    import torch, numpy as np
    from record_activations import record_activations

    model = ...                                   # the nn.Module you export to ONNX
    x = torch.from_numpy(np.load("input.npy"))    # the input you will give quantlens
    record_activations(model, x, "acts.npz")
    torch.onnx.export(model, x, "model.onnx", opset_version=13)

    # quantlens compare model.onnx --reference acts.npz --input input.npy

From a shell, for a whole model saved with `torch.save(model, "model.pt")` (not a TorchScript file: hooks cannot be
added to a scripted module's submodules) and one input per model argument::

    python3 record_activations.py model.pt input.npy acts.npz

Needs torch and numpy only.
"""

import os
import sys
import tempfile
import zipfile

import numpy as np
import torch

APP = "activation_post_process"


def _is_recorded_leaf(name, module):
    """Leaves, plus quantization units: modules owning a fake-quant/observer, which is their only real child."""
    parts = name.split(".")
    if "weight_fake_quant" in parts:
        return False
    # An observer inside a fake-quant sees the same tensor as the fake-quant's input: nothing new to record.
    if APP in parts[:-1]:
        return False
    return not any(True for _ in module.children()) or hasattr(module, APP)


def _first_tensor(value):
    if isinstance(value, torch.Tensor):
        return value
    if isinstance(value, (tuple, list)):
        for v in value:
            t = _first_tensor(v)
            if t is not None:
                return t
    return None


def _to_numpy(t):
    if t.is_quantized:
        t = t.dequantize()
    return t.detach().to(device="cpu", dtype=torch.float32).contiguous().numpy()


def _output_arrays(output):
    """The model's output as `output`, or `output.0`, `output.1`, ... (`output.<key>` for a dict)."""
    if isinstance(output, torch.Tensor):
        return {"output": _to_numpy(output)}
    items = output.items() if isinstance(output, dict) else enumerate(output) if isinstance(output, (tuple, list)) else []
    return {f"output.{k}": _to_numpy(v) for k, v in items if isinstance(v, torch.Tensor)}


def _write_npz(path, arrays):
    """Like np.savez (one `name.npy` per array), but any key is allowed and the file appears whole or not at all."""
    directory = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(dir=directory, suffix=".npz.tmp")
    try:
        with os.fdopen(fd, "wb") as f, zipfile.ZipFile(f, "w", zipfile.ZIP_STORED, allowZip64=True) as z:
            for key, array in arrays.items():
                with z.open(key + ".npy", "w", force_zip64=True) as entry:
                    np.lib.format.write_array(entry, np.ascontiguousarray(array), allow_pickle=False)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


def record_activations(model, inputs, path, modules=None):
    """Run `model` once on `inputs` and save every leaf module's output (and those of `modules`) to `path` (.npz).

    inputs: a tensor, a tuple/list of positional arguments, or a dict of keyword arguments.
    modules: qualified names (as in `model.named_modules()`) to record besides the leaves, e.g. ["features.3"].
    Returns the saved arrays, a dict of name -> float32 numpy array.
    """
    named = dict(model.named_modules())
    wanted = {name for name, m in named.items() if name and _is_recorded_leaf(name, m)}
    unknown = [m for m in (modules or []) if m not in named]
    if unknown:
        raise KeyError(f"no module named {', '.join(map(repr, unknown))} in the model (see model.named_modules())")
    wanted.update(modules or [])

    recorded, calls, handles = {}, {}, []

    def hook_for(name):
        def hook(_module, _inputs, output):
            calls[name] = calls.get(name, 0) + 1
            t = _first_tensor(output)
            # A module called several times keeps its first call: that is the one a single export node names.
            if t is not None and name not in recorded:
                recorded[name] = _to_numpy(t)
        return hook

    modes = {m: m.training for m in model.modules()}
    paused = [m for m in model.modules() if isinstance(getattr(m, "observer_enabled", None), torch.Tensor)]
    observer_state = [m.observer_enabled.clone() for m in paused]
    try:
        order = {name: i for i, name in enumerate(named)}
        for name in sorted(wanted, key=order.__getitem__):
            handles.append(named[name].register_forward_hook(hook_for(name)))
        model.eval()
        for m in paused:
            m.observer_enabled.fill_(0)
        with torch.no_grad():
            if isinstance(inputs, dict):
                output = model(**inputs)
            elif isinstance(inputs, (tuple, list)):
                output = model(*inputs)
            else:
                output = model(inputs)
    finally:
        for h in handles:
            h.remove()
        for m, mode in modes.items():
            m.training = mode
        for m, state in zip(paused, observer_state):
            m.observer_enabled.copy_(state)

    # FloatFunctional (and its converted QFunctional) never runs forward: its add() calls its fake-quant, whose
    # output is the module's.
    for name in wanted:
        if name not in recorded and f"{name}.{APP}" in recorded:
            recorded[name] = recorded[f"{name}.{APP}"]
    arrays = {name: recorded[name] for name in named if name in recorded}
    for key, array in _output_arrays(output).items():
        if key in arrays:
            print(f"record_activations: a module is named {key!r}; the model's output is not saved apart", file=sys.stderr)
        else:
            arrays[key] = array
    repeated = sorted(n for n, c in calls.items() if c > 1)
    if repeated:
        print(f"record_activations: {len(repeated)} modules ran more than once; their first call is saved: {', '.join(repeated[:5])}", file=sys.stderr)
    _write_npz(path, arrays)
    return arrays


if __name__ == "__main__":
    if len(sys.argv) < 4:
        sys.exit("usage: python3 record_activations.py MODEL.pt INPUT.npy [INPUT2.npy ...] OUT.npz")
    try:
        loaded = torch.load(sys.argv[1], map_location="cpu", weights_only=False)
    except TypeError:  # torch before 1.13 has no weights_only, and loads whole modules anyway
        loaded = torch.load(sys.argv[1], map_location="cpu")
    if isinstance(loaded, torch.jit.ScriptModule) or not isinstance(loaded, torch.nn.Module):
        sys.exit(f"{sys.argv[1]}: not a whole nn.Module saved with torch.save(model, ...); hooks need the Python module")
    args = [torch.from_numpy(np.load(f)) for f in sys.argv[2:-1]]
    saved = record_activations(loaded, args, sys.argv[-1])
    print(f"{sys.argv[-1]}: {len(saved)} arrays")
