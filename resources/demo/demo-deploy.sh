#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The demo workspace's deployment: it deploys nothing. It takes the service, version and environment as its
# arguments (Flowdeck also sets FLOWDECK_SERVICE, FLOWDECK_VERSION, FLOWDECK_ENVIRONMENT and FLOWDECK_RELEASE),
# prints its progress for a few seconds, and fails about one time in six, so that a release shows retries and,
# now and then, a rollback. DEMO_DEPLOY_FAIL=always or never makes the outcome certain.
service=${1:-$FLOWDECK_SERVICE}
version=${2:-$FLOWDECK_VERSION}
environment=${3:-$FLOWDECK_ENVIRONMENT}
echo "Deploying $service $version to $environment (release: ${FLOWDECK_RELEASE:-none})"
for step in "Pulling image $service:$version" "Applying the manifests" "Waiting for the pods to be ready" \
    "Running the smoke checks"; do
    sleep 1
    echo "$step"
done
roll=$(od -An -N1 -tu1 /dev/urandom | tr -d ' ')
case "${DEMO_DEPLOY_FAIL:-sometimes}" in
always) roll=0 ;;
never) roll=255 ;;
esac
if [ "$roll" -lt 43 ]; then
    echo "Smoke check failed: /healthz answered 503" >&2
    exit 1
fi
echo "$service $version is live in $environment"
