package dev.switchback.store;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.switchback.model.Printable;
import dev.switchback.model.Session;
import dev.switchback.model.SessionTemplate;
import dev.switchback.model.TemplateLibrary;
import dev.switchback.model.WeekTemplate;
import dev.switchback.store.PlanDto.SessionDto;
import dev.switchback.store.TemplatesDto.SessionTemplateDto;
import dev.switchback.store.TemplatesDto.SlotDto;
import dev.switchback.store.TemplatesDto.WeekTemplateDto;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The runner's template library: {@code templates.json} in the data folder, shared by every plan
 * (decisions/0009). Its own small format with its own {@code formatVersion}; saved atomically with
 * three backups like a plan ({@link AtomicWriter}). A file that cannot be read is never overwritten:
 * every change reads the file again first, and a refusal says which file, where, and what to do.
 */
public final class TemplateStore {
    public static final String FILE = "templates.json";
    static final int FORMAT_VERSION = 1;
    /** Thousands of templates fit in a few hundred KB; anything much larger is not a templates file. */
    static final long MAX_BYTES = 8L * 1024 * 1024;
    private static final Object SAVING = new Object();

    private final Path file;
    private final FileOps ops;
    private final PlanJson json = PlanJson.standard();
    private final ObjectMapper mapper = PlanJson.newMapper();

    public TemplateStore(Path file) {
        this(file, FileOps.SYSTEM);
    }

    TemplateStore(Path file, FileOps ops) {
        this.file = Objects.requireNonNull(file, "file");
        this.ops = ops;
    }

    /** The library of the data folder {@code folder}: {@code folder/templates.json}. */
    public static TemplateStore inDataFolder(Path folder) {
        return new TemplateStore(folder.resolve(FILE));
    }

    public Path file() {
        return file;
    }

    /** The library as the file holds it; no file yet is an empty library. Never changes the file. */
    public TemplateLibrary read() throws StoreException {
        return decode(bytes().orElse(null));
    }

    /**
     * Reads the file as it is now (another window may have saved a template since), applies
     * {@code change} and saves the result atomically, keeping the previous file as
     * {@code templates.json.1}. When the file cannot be read, nothing is written.
     *
     * @throws IllegalArgumentException from {@code change} (a name taken), with nothing written
     */
    public TemplateLibrary update(UnaryOperator<TemplateLibrary> change) throws StoreException {
        synchronized (SAVING) {
            Optional<byte[]> before = bytes();
            TemplateLibrary now = decode(before.orElse(null));
            TemplateLibrary after = change.apply(now);
            if (after.equals(now)) {
                return now;
            }
            Path dir = file.toAbsolutePath().getParent();
            try {
                if (dir != null) {
                    Files.createDirectories(dir);
                }
                new AtomicWriter(ops).write(file, encode(after), before.map(FileStamp::sha256));
            } catch (AtomicWriter.ChangedMeanwhile e) {
                throw new StoreException(file, FileErrors.name(file) + " was changed by another program while the"
                        + " template was being saved, so it was not saved. Try again.", e);
            } catch (IOException e) {
                throw new StoreException(file, saving(e), e);
            }
            return after;
        }
    }

    // ---------------------------------------------------------------- reading

    private Optional<byte[]> bytes() throws StoreException {
        try {
            if (Files.isDirectory(file)) {
                throw new StoreException(file, FileErrors.name(file) + " is a folder, not the templates file. Move it"
                        + " aside; until then no template can be saved.");
            }
            if (Files.exists(file) && Files.size(file) > MAX_BYTES) {
                throw refused(1, 1, "", "the file is larger than " + MAX_BYTES / (1024 * 1024) + " MiB, so it is not a"
                        + " templates file Switchback wrote");
            }
            try (InputStream in = ops.newInputStream(file)) {
                return Optional.of(in.readNBytes((int) MAX_BYTES + 1));
            }
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new StoreException(file, FileErrors.reading(file, e) + " No template is saved until it can be read.",
                    e);
        }
    }

    TemplateLibrary decode(byte[] content) throws StoreException {
        if (content == null) {
            return TemplateLibrary.EMPTY;
        }
        if (content.length > MAX_BYTES) {
            throw refused(1, 1, "", "the file is larger than " + MAX_BYTES / (1024 * 1024) + " MiB");
        }
        if (new String(content, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            throw refused(1, 1, "", "the file is empty, it holds no templates");
        }
        ByteScan.Found encoding = ByteScan.encoding(content);
        if (encoding != null) {
            throw refused(encoding.line(), encoding.column(), "", encoding.what());
        }
        JsonNode tree;
        try {
            tree = mapper.readTree(content);
        } catch (StreamReadException e) {
            throw refused(content, e.getLocation(), PlanJson.pathOf(e), PlanJson.syntax(e));
        } catch (IOException e) {
            throw refused(1, 1, "", "it cannot be read as JSON text");
        }
        if (tree == null || !tree.isObject()) {
            throw refused(1, 1, "", "the file must hold one JSON object { ... } with the templates");
        }
        JsonNode v = tree.get("formatVersion");
        if (v == null || !v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < 1) {
            throw refused(content, json.locate(content, "formatVersion"), "formatVersion",
                    "formatVersion must be a whole number (it reads \"formatVersion\": " + FORMAT_VERSION
                            + " in this version)");
        }
        if (v.intValue() > FORMAT_VERSION) {
            JsonLocation at = json.locate(content, "formatVersion");
            throw new StoreException(file, FileErrors.name(file) + " was written by a newer Switchback (templates"
                    + " format " + v.intValue() + (at == null ? "" : ", line " + at.getLineNr()) + "); this version"
                    + " reads format " + FORMAT_VERSION + ". Update Switchback to use these templates. The file was not"
                    + " changed, and no template is saved into it until then.");
        }
        TemplatesDto dto;
        try {
            dto = mapper.treeToValue(tree, TemplatesDto.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            dto = bindWithPlace(content);
        }
        try {
            return toLibrary(dto);
        } catch (InvalidValue e) {
            throw refused(content, json.locateNearest(content, e.path()), e.path(), e.problem());
        }
    }

    /** Binds the bytes again, so that a refusal has its line and column in the file. */
    private TemplatesDto bindWithPlace(byte[] content) throws StoreException {
        try {
            return mapper.readValue(content, TemplatesDto.class);
        } catch (UnrecognizedPropertyException e) {
            List<String> known = e.getKnownPropertyIds() == null ? List.of() : e.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().toList();
            throw refused(content, e.getLocation(), PlanJson.path(e), Choices.unknown("field", e.getPropertyName(),
                    known, "the fields allowed here are"));
        } catch (MismatchedInputException e) {
            throw refused(content, e.getLocation(), PlanJson.path(e), PlanJson.mismatch(e));
        } catch (JsonMappingException e) {
            throw refused(content, e.getLocation(), PlanJson.path(e), PlanJson.mapping(e));
        } catch (IOException e) {
            throw refused(1, 1, "", "it cannot be read as JSON text");
        }
    }

    private static TemplateLibrary toLibrary(TemplatesDto dto) {
        var sessions = new ArrayList<SessionTemplate>();
        List<SessionTemplateDto> st = dto.sessionTemplates() == null ? List.of() : dto.sessionTemplates();
        for (int i = 0; i < st.size(); i++) {
            String at = "sessionTemplates[" + i + "]";
            SessionTemplateDto t = required(st.get(i), at);
            Session s = session(required(t.session(), at + ".session"), at + ".session", 0);
            sessions.add(build(at + ".name", () -> new SessionTemplate(required(t.name(), at + ".name"), s)));
        }
        var weeks = new ArrayList<WeekTemplate>();
        List<WeekTemplateDto> wt = dto.weekTemplates() == null ? List.of() : dto.weekTemplates();
        for (int i = 0; i < wt.size(); i++) {
            String at = "weekTemplates[" + i + "]";
            WeekTemplateDto w = required(wt.get(i), at);
            var slots = new ArrayList<WeekTemplate.Slot>();
            List<SlotDto> ss = required(w.sessions(), at + ".sessions");
            for (int j = 0; j < ss.size(); j++) {
                String here = at + ".sessions[" + j + "]";
                SlotDto slot = required(ss.get(j), here);
                int offset = required(slot.dayOffset(), here + ".dayOffset");
                if (offset < 0 || offset > 6) {
                    throw new InvalidValue(here + ".dayOffset", "dayOffset must be between 0 (Monday) and 6 (Sunday)"
                            + " (was " + offset + ")");
                }
                Session s = session(required(slot.session(), here + ".session"), here + ".session", offset);
                slots.add(new WeekTemplate.Slot(offset, s));
            }
            weeks.add(build(at, () -> new WeekTemplate(required(w.name(), at + ".name"), slots)));
        }
        return build("", () -> new TemplateLibrary(sessions, weeks));
    }

    /** A template's session: the plan's session fields, with the template's own identity and day. */
    private static Session session(SessionDto d, String at, int offset) {
        return PlanMapper.session(withIdAndDate(d, SessionTemplate.ID.value(),
                SessionTemplate.ANCHOR.plusDays(offset).toString()), at);
    }

    private static <T> T build(String at, java.util.function.Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            String path = e.getMessage().startsWith("Template name") && !at.endsWith(".name") && !at.isEmpty()
                    ? at + ".name" : at;
            throw new InvalidValue(path, e.getMessage());
        }
    }

    private static <T> T required(T value, String at) {
        if (value == null) {
            throw new InvalidValue(at, "this value is missing (it must be given)");
        }
        return value;
    }

    // ---------------------------------------------------------------- writing

    byte[] encode(TemplateLibrary library) {
        var dto = new TemplatesDto(FORMAT_VERSION,
                library.sessions().stream().map(t -> new SessionTemplateDto(t.name(), bare(t.session()))).toList(),
                library.weeks().stream().map(w -> new WeekTemplateDto(w.name(), w.slots().stream()
                        .map(s -> new SlotDto(s.dayOffset(), bare(s.session()))).toList())).toList());
        return PlanJson.pretty(mapper, dto, "the templates");
    }

    /** The session as the plan file writes it, without id and date (given when it is placed). */
    private static SessionDto bare(Session s) {
        return withIdAndDate(PlanMapper.session(s), null, null);
    }

    private static SessionDto withIdAndDate(SessionDto d, String id, String date) {
        return new SessionDto(id, date, d.kind(), d.intention(), d.title(), d.durationMin(), d.distanceM(),
                d.climbM(), d.descentM(), d.terrain(), d.packKg(), d.targetRpe(), d.targetHrZone(), d.notes(),
                d.nextDayPlan(), d.startTime(), d.turnaround(), d.bailouts(), d.conditions(), d.route());
    }

    // ---------------------------------------------------------------- messages

    private StoreException refused(byte[] content, JsonLocation location, String path, String what) {
        JsonLocation at = location != null && location.getLineNr() > 0 ? location
                : json.locateNearest(content, path);
        int line = at != null && at.getLineNr() > 0 ? at.getLineNr() : 1;
        int column = at != null && at.getLineNr() > 0 ? Math.max(1, at.getColumnNr()) : 1;
        return refused(line, column, path, what);
    }

    /** "templates.json, line 3, column 7 (sessionTemplates[0].session.packKg): ... . What to do." */
    private StoreException refused(int line, int column, String path, String what) {
        String shownPath = Printable.excerpt(path, 60);
        String where = FileErrors.name(file) + ", line " + line + ", column " + column
                + (shownPath.isEmpty() ? "" : " (" + shownPath + ")");
        String remedy = "Switchback does not change this file and saves no template until it can read it: fix line "
                + line + " in a text editor, or move the file aside to start an empty library"
                + (Files.exists(AtomicWriter.backup(file, 1)) ? ", or rename " + FileErrors.name(AtomicWriter.backup(file, 1))
                + " (the version before the last save) to " + FileErrors.name(file) : "") + ".";
        int room = Math.max(80, PlanJson.MAX_MESSAGE - where.length() - remedy.length() - 3);
        return new StoreException(file, where + ": " + PlanJson.sentence(what, room) + " " + remedy);
    }

    private String saving(IOException e) {
        String name = FileErrors.name(file);
        String dir = Printable.escape(String.valueOf(file.toAbsolutePath().getParent()));
        String kept = " The template was not saved; " + name + " was not changed.";
        return "Could not save the template in " + name + ": " + switch (FileErrors.cause(e)) {
            case PERMISSION -> "Switchback may not write in " + dir + "." + kept + " Check the folder's permissions.";
            case READ_ONLY_DISK -> "the disk or folder is mounted read-only." + kept;
            case DISK_FULL -> "the disk is full (or your disk quota is used up)." + kept + " Free some space and try"
                    + " again.";
            case NOT_A_FOLDER, MISSING -> "the folder " + dir + " is missing or is not a folder." + kept;
            default -> "the system said \"" + Printable.excerpt(String.valueOf(e.getMessage()), 80) + "\"." + kept
                    + " Try again.";
        };
    }
}
