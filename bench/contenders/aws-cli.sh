#!/usr/bin/env bash
# Contender "AWS CLI": what a workflow `run:` step typically does.
# create-stream (ignore "already exists"), `aws kinesis wait stream-exists` (DescribeStream every
# 10 s, at most 18 times), describe-stream-summary; prints the ARN on stdout.
# Usage: bash aws-cli.sh STREAM_NAME   (endpoint from BENCH_ENDPOINT, region from AWS_DEFAULT_REGION)
set -euo pipefail
name="$1"
ep=(--endpoint-url "$BENCH_ENDPOINT")
if ! err=$(aws kinesis create-stream --stream-name "$name" --shard-count 1 "${ep[@]}" 2>&1 >/dev/null); then
  case "$err" in
    *ResourceInUseException*) ;;
    *) printf '%s\n' "$err" >&2; exit 1 ;;
  esac
fi
aws kinesis wait stream-exists --stream-name "$name" "${ep[@]}"
aws kinesis describe-stream-summary --stream-name "$name" "${ep[@]}" \
  --query StreamDescriptionSummary.StreamARN --output text
