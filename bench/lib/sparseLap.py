# SciPy's sparse assignment (min_weight_full_bipartite_matching, LAPJVsp in C) on the region path's candidate
# cells written by bench/lib/flowCompare.ts; prints one JSON line. Each mentee also gets a private "unplaced"
# column at cost D; every row takes exactly one column, so a constant added to every cell keeps the optimum and
# makes every weight positive (SciPy treats explicit zeros as missing edges).
import json, sys, time
import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import min_weight_full_bipartite_matching

b = open(sys.argv[1], 'rb').read()
n, cols, nnz, D = np.frombuffer(b[:32], dtype=np.float64)
n, cols, nnz = int(n), int(cols), int(nnz)
o = 32
cost = np.frombuffer(b[o:o + 8 * nnz], dtype=np.float64); o += 8 * nnz
start = np.frombuffer(b[o:o + 4 * (n + 1)], dtype=np.int32); o += 4 * (n + 1)
col = np.frombuffer(b[o:o + 4 * nnz], dtype=np.int32)
C = -min(float(cost.min()), 0.0) + 1.0
rows = np.concatenate([np.repeat(np.arange(n), np.diff(start)), np.arange(n)])
cols_ = np.concatenate([col, cols + np.arange(n)])
m = csr_matrix((np.concatenate([cost + C, np.full(n, D + C)]), (rows, cols_)), shape=(n, cols + n))
t0 = time.process_time()
r, c = min_weight_full_bipartite_matching(m)
ms = (time.process_time() - t0) * 1000
print(json.dumps({'solver': 'SciPy sparse assignment (LAPJVsp)', 'ms': ms, 'objective': float(m[r, c].sum() - n * C), 'optimal': True}))
