# civicdata CLI container image. Multi-stage: built with Maven, run on a JRE 17 base as a non-root
# user, the CLI as entrypoint, /data as working directory (mount the files to check there).
#
#   docker build -t civicdata .                      (JRE 17 base, the default)
#   docker build -t civicdata:jlink --target jlink . (minimal jlink runtime on debian slim)
#   docker run --rm -v "$PWD:/data" civicdata validate --format sarif -o report.sarif data/
#
# The build stage needs Maven Central (or a mirror) once; the images need no network at run time.
# Pin the base images by digest in production (docker buildx imagetools inspect <image>).

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q package -DskipTests \
    && cp cli/target/civicdata.jar /civicdata.jar \
    && packaging/jlink-runtime.sh /runtime

# minimal runtime made by jlink (packaging/jlink-runtime.sh), on a slim Debian
FROM debian:bookworm-slim AS jlink
RUN groupadd --system civicdata && useradd --system --gid civicdata --no-create-home civicdata
COPY --from=build /runtime /opt/civicdata/runtime
COPY --from=build /civicdata.jar /opt/civicdata/civicdata.jar
ENV LANG=C.UTF-8
USER civicdata
WORKDIR /data
ENTRYPOINT ["/opt/civicdata/runtime/bin/java", "-jar", "/opt/civicdata/civicdata.jar"]
CMD ["--help"]

# default: the JRE 17 image
FROM eclipse-temurin:17-jre AS jre
RUN groupadd --system civicdata && useradd --system --gid civicdata --no-create-home civicdata
COPY --from=build /civicdata.jar /opt/civicdata/civicdata.jar
ENV LANG=C.UTF-8
USER civicdata
WORKDIR /data
ENTRYPOINT ["java", "-jar", "/opt/civicdata/civicdata.jar"]
CMD ["--help"]
