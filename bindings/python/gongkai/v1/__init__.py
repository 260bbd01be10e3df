"""Generated protobuf modules of package gongkai.v1 (e.g. common_pb2), built by protoc."""
