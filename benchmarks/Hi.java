/** The floor for every command: a bare JVM printing "hi". Run by benchmarks/run.sh, never by Maven. */
public class Hi {
    public static void main(String[] args) {
        System.out.println("hi");
    }
}
