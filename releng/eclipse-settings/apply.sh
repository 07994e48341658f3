#!/usr/bin/env bash
# Writes the committed Eclipse project settings of every module from the shared files in this folder:
#   .project                       named after the folder, with the natures of its kind (below)
#   .classpath                     bundles and plain Maven modules: source folders, JavaSE-21, PDE or Maven container
#   .settings/*.prefs              the same files everywhere: UTF-8, LF, and for Java modules the one set of compiler
#                                  warnings (which Tycho also compiles with) and the formatter profile
# Kinds: bundles/* (plug-in projects), features/* (feature projects), releng/* with a pom.xml and targetplatform/
# (releng/org.advocacy.repository and targetplatform are plain projects, the other releng modules Maven Java projects).
# Run it after adding a module or changing a shared file here; ProjectSettingsTest (releng/org.advocacy.conventions)
# fails while a module's settings differ from what this script writes.
set -euo pipefail
cd "$(dirname "$0")/../.."
shared=releng/eclipse-settings

project_file() { # name, natures (space separated), builders (space separated)
  local name=$1 natures=$2 builders=$3
  printf '<?xml version="1.0" encoding="UTF-8"?>\n<projectDescription>\n\t<name>%s</name>\n\t<comment></comment>\n' "$name"
  printf '\t<projects>\n\t</projects>\n\t<buildSpec>\n'
  for builder in $builders; do
    printf '\t\t<buildCommand>\n\t\t\t<name>%s</name>\n\t\t\t<arguments>\n\t\t\t</arguments>\n\t\t</buildCommand>\n' "$builder"
  done
  printf '\t</buildSpec>\n\t<natures>\n'
  for nature in $natures; do
    printf '\t\t<nature>%s</nature>\n' "$nature"
  done
  printf '\t</natures>\n</projectDescription>\n'
}

jre='org.eclipse.jdt.launching.JRE_CONTAINER/org.eclipse.jdt.internal.debug.ui.launcher.StandardVMType/JavaSE-21'

plugin_classpath() { # module folder
  printf '<?xml version="1.0" encoding="UTF-8"?>\n<classpath>\n'
  for folder in src src-gen; do
    if [ -d "$1/$folder" ]; then
      printf '\t<classpathentry kind="src" path="%s"/>\n' "$folder"
    fi
  done
  printf '\t<classpathentry kind="con" path="%s"/>\n' "$jre"
  printf '\t<classpathentry kind="con" path="org.eclipse.pde.core.requiredPlugins"/>\n'
  printf '\t<classpathentry kind="output" path="bin"/>\n</classpath>\n'
}

maven_classpath() { # module folder
  printf '<?xml version="1.0" encoding="UTF-8"?>\n<classpath>\n'
  if [ -d "$1/src/main/java" ]; then
    printf '\t<classpathentry kind="src" output="target/classes" path="src/main/java"/>\n'
  fi
  if [ -d "$1/src/test/java" ]; then
    printf '\t<classpathentry kind="src" output="target/test-classes" path="src/test/java">\n'
    printf '\t\t<attributes>\n\t\t\t<attribute name="test" value="true"/>\n\t\t</attributes>\n\t</classpathentry>\n'
  fi
  printf '\t<classpathentry kind="con" path="%s"/>\n' "$jre"
  printf '\t<classpathentry kind="con" path="org.eclipse.m2e.MAVEN2_CLASSPATH_CONTAINER"/>\n'
  printf '\t<classpathentry kind="output" path="target/classes"/>\n</classpath>\n'
}

settings() { # module folder, whether it holds Java (yes/no)
  mkdir -p "$1/.settings"
  cp "$shared/org.eclipse.core.resources.prefs" "$shared/org.eclipse.core.runtime.prefs" "$1/.settings/"
  if [ "$2" = yes ]; then
    cp "$shared/org.eclipse.jdt.core.prefs" "$shared/org.eclipse.jdt.ui.prefs" "$1/.settings/"
  fi
}

for module in bundles/*/; do
  module=${module%/}
  [ -f "$module/META-INF/MANIFEST.MF" ] || continue
  project_file "$(basename "$module")" "org.eclipse.pde.PluginNature org.eclipse.jdt.core.javanature" \
    "org.eclipse.jdt.core.javabuilder org.eclipse.pde.ManifestBuilder org.eclipse.pde.SchemaBuilder" > "$module/.project"
  plugin_classpath "$module" > "$module/.classpath"
  settings "$module" yes
done

for module in features/*/; do
  module=${module%/}
  [ -f "$module/feature.xml" ] || continue
  project_file "$(basename "$module")" "org.eclipse.pde.FeatureNature" "org.eclipse.pde.FeatureBuilder" > "$module/.project"
  settings "$module" no
done

for module in releng/*/ targetplatform/; do
  module=${module%/}
  [ -f "$module/pom.xml" ] || continue
  if [ -d "$module/src/main/java" ]; then
    project_file "$(basename "$module")" "org.eclipse.jdt.core.javanature org.eclipse.m2e.core.maven2Nature" \
      "org.eclipse.jdt.core.javabuilder org.eclipse.m2e.core.maven2Builder" > "$module/.project"
    maven_classpath "$module" > "$module/.classpath"
    settings "$module" yes
  else
    project_file "$(basename "$module")" "" "" > "$module/.project"
    settings "$module" no
  fi
done
