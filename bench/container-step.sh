#!/usr/bin/env bash
# Container benchmarks (needs containers/setup.sh and the base image, as .ci/run makes them):
#  1. the size of the image mvn package builds, and its layers (Jib's: dependencies, snapshot
#     dependencies, resources, classes, …) with their sizes;
#  2. a step's start-to-exit time in its container (the currency sample's convert step, run as Argo
#     runs it) against a bare `java` printing "hello" in the same container, as a ratio;
#  3. the bytes a rebuild pushes to a registry after a one-line change to a script.
# Usage: bench/container-step.sh [runs]
source "$(dirname "$0")/lib.sh"
RUNS="${1:-11}"
command -v podman >/dev/null || { echo "podman missing: run containers/setup.sh" >&2; exit 1; }
[ -f "$HOME/.cache/jera/jre17-base.tar" ] || { echo "no base image: containers/build-base-image.sh ~/.cache/jera/jre17-base.tar" >&2; exit 1; }

build_project
IMAGE_TAR="$ROOT/samples/target/jib-image.tar"
IMAGE_ID=$(sed 's/^sha256://' "$ROOT/samples/target/jib-image.id")
podman load --quiet -i "$IMAGE_TAR" >/dev/null
FLAGS="$JVM_FLAGS"
# The flags ContainerLauncher and ContainerStepsIT run steps with.
RUN=(podman run --rm --network=none --read-only --read-only-tmpfs=false --tmpfs /tmp:rw,size=256m,mode=1777
     --cap-drop=ALL --security-opt=no-new-privileges --user 65532:65532
     --ulimit "nofile=$(( $(ulimit -Hn) < 16384 ? $(ulimit -Hn) : 16384 ))" --ulimit "nproc=8192")

hello_class "$WORK/container/hello"
echo "$CONVERT_INPUTS" > "$WORK/container/inputs.json"

hello() { "${RUN[@]}" -v "$WORK/container/hello:/hello:ro" "$IMAGE_ID" java $FLAGS -cp /hello Hello; }
step() {
  "${RUN[@]}" -v "$WORK/container/inputs.json:/argo/staging/script:ro" "$IMAGE_ID" \
    java $FLAGS -cp '/app/resources:/app/classes:/app/libs/*' dev.jera.samples.CurrencyEtl_JeraRunner convert /argo/staging/script
}
[ "$(hello)" = hello ] || { echo "hello did not run in the container" >&2; exit 1; }
[ "$(step)" = "$CONVERT_RESULT" ] || { echo "unexpected step output: $(step)" >&2; exit 1; }

t_hello=$(median_seconds "$RUNS" hello)
t_step=$(median_seconds "$RUNS" step)
size=$(podman image inspect --format '{{.Size}}' "$IMAGE_ID")
printf 'image: %s bytes in podman (%s bytes as the tarball)\n' "$size" "$(stat -c %s "$IMAGE_TAR")"
echo "layers (newest first):"
podman image history --format '  {{.Size}}\t{{.Comment}}{{.CreatedBy}}' "$IMAGE_ID"
printf 'java hello in the container: %ss\nrunner step in the container: %ss\nratio: %.2f (runs=%d)\n' \
  "$t_hello" "$t_step" "$(echo "$t_step / $t_hello" | bc -l)" "$RUNS"

# 3. A rebuild after a one-line change, pushed to a loopback registry, in a clone of this tree.
CLONE="$WORK/container/clone"
rm -rf "$CLONE" && git clone -q "$ROOT" "$CLONE"
REGISTRY_DIR="$WORK/container/registry"
rm -rf "$REGISTRY_DIR"
export JERA_REGISTRY_ADDR=127.0.0.1:5099
"$ROOT/containers/local-registry.sh" start "$REGISTRY_DIR" >/dev/null
trap '"$ROOT/containers/local-registry.sh" stop "$REGISTRY_DIR" >/dev/null' EXIT
blob_bytes() { find "$REGISTRY_DIR/storage" -path '*/blobs/*' -name data -printf '%s\n' | awk '{s+=$1} END {print s+0}'; }
push() {
  (cd "$CLONE" && "${MVN[@]}" -q -B install -DskipTests -Djib.skip=true \
    && "${MVN[@]}" -q -B -f samples/pom.xml jib:build -Djib.to.image=$JERA_REGISTRY_ADDR/jera-samples:bench -Djib.allowInsecureRegistries=true)
}
push
before=$(blob_bytes)
sed -i 's/"b=" + b/"b: " + b/' "$CLONE/samples/src/main/java/dev/jera/samples/Diamond.java"
git -C "$CLONE" diff --stat | tail -1
push
after=$(blob_bytes)
printf 'pushed after a one-line change: %d bytes of new blobs\n' "$((after - before))"
