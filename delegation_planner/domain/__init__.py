"""The Qt-free domain: records, enumerations, policy and rules."""
