// libyaml (Debian's libyaml-dev), the YAML parser the scenario loader composes documents with.
#include <yaml.h>
