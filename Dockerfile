FROM eclipse-temurin:21-jdk AS build
WORKDIR /src

# Poms first: the dependency layer below is rebuilt only when a pom changes.
COPY mvnw ./
COPY .mvn/ .mvn/
COPY pom.xml ./
COPY migrations/pom.xml migrations/
COPY content/pom.xml content/
COPY core/pom.xml core/
COPY web/pom.xml web/
COPY web/testing/pom.xml web/testing/
COPY web/dev/pom.xml web/dev/
# the reactor reads every module the top pom names, built or not
COPY bench/pom.xml bench/
# dependency:go-offline cannot resolve the sibling modules, so run the real build on the
# source-less modules instead; the stub class makes the compiler fetch the annotation processors.
RUN mkdir -p migrations/src/main/java \
 && echo 'class Stub {}' > migrations/src/main/java/Stub.java \
 && ./mvnw -B -q -Dmaven.test.skip=true -pl web -am package dependency:copy-dependencies -DincludeScope=runtime \
 && rm -rf migrations/src */target web/*/target

COPY migrations/src/ migrations/src/
COPY content/src/ content/src/
COPY core/src/ core/src/
COPY web/src/ web/src/
# the server's tests are not built here, but Maven still orders the module its tests use into the reactor
COPY web/testing/src/ web/testing/src/
# copy-dependencies runs in the same reactor as package so the sibling jars resolve without being installed;
# each module writes to its own target/dependency, and only the server's runtime closure goes into the
# image: no embedded database, no demo data, no test libraries (the development server in web/dev is not built).
RUN ./mvnw -B -Dmaven.test.skip=true -pl web -am package dependency:copy-dependencies -DincludeScope=runtime \
 && mkdir -p /app/lib \
 && cp web/target/dependency/*.jar web/target/web-*.jar /app/lib/


FROM eclipse-temurin:21-jre
RUN groupadd --system app && useradd --system --gid app --home-dir /app --no-create-home app
WORKDIR /app
COPY --from=build /app/lib/ /app/lib/
USER app
EXPOSE 8080
# The Temurin images ship curl; PORT is read at check time so an override still matches.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
    CMD curl -fsS "http://127.0.0.1:${PORT:-8080}/health" || exit 1
ENTRYPOINT ["java", "-cp", "/app/lib/*", "app.skillcurrent.web.Application"]
