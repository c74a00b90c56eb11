"""Load a Glassbox model (safetensors layout) with numpy alone and classify MNIST test images.

    python3 docs/load_model.py [MODEL] [N]     # prints the predictions of the first N test images
"""
import gzip, json, struct, sys
import numpy as np

def load_model(path):
    with open(path, "rb") as f:
        n = struct.unpack("<Q", f.read(8))[0]          # 8-byte little-endian header length
        header = json.loads(f.read(n))                 # JSON: tensors and __metadata__
        data = f.read()                                # raw little-endian float64 tensors
    meta = header.pop("__metadata__")
    t = {k: np.frombuffer(data[v["data_offsets"][0]:v["data_offsets"][1]], "<f8").reshape(v["shape"])
         for k, v in header.items()}
    acts = meta["activations"].split(",")              # one per layer after the input
    return [(t[f"weights.{l}"], t[f"biases.{l}"], acts[l - 1]) for l in range(1, len(acts) + 1)]

SIGMA = {"sigmoid": lambda z: 1 / (1 + np.exp(-z)), "tanh": np.tanh, "relu": lambda z: np.maximum(z, 0),
         "leaky-relu": lambda z: np.where(z > 0, z, 0.01 * z),
         "softmax": lambda z: np.exp(z - z.max(0)) / np.exp(z - z.max(0)).sum(0)}

def feedforward(layers, a):                            # a: (784, n) columns of pixels / 255
    for w, b, act in layers:
        a = SIGMA[act](w @ a + b[:, None])             # z^l = w^l a^{l-1} + b^l, a^l = σ(z^l)
    return a

if __name__ == "__main__":
    model = sys.argv[1] if len(sys.argv) > 1 else "data/models/default.safetensors"
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    with gzip.open("data/t10k-images-idx3-ubyte.gz") as g:
        x = np.frombuffer(g.read(), np.uint8, offset=16).reshape(-1, 784)[:n].T / 255.0
    print(" ".join(str(d) for d in np.argmax(feedforward(load_model(model), x), axis=0)))
